namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>
/// Answers to "what does the activation change grow with?", decided from the partial log-log slopes
/// against fan-in and fan-out. The theory predicts an exponent of 1 on the dimension that matters and
/// 0 on the other, so a dimension is named when its slope is at least <see cref="MinimumSlope"/> and
/// exceeds the other's by at least <see cref="MinimumMargin"/>.
/// </summary>
public static class GrowthDimension
{
    public const string FanIn = "fan-in";
    public const string FanOut = "fan-out";
    public const string Neither = "neither";

    public const double MinimumSlope = 0.5;
    public const double MinimumMargin = 0.3;

    public static string Classify(double fanInSlope, double fanOutSlope)
    {
        if (fanInSlope >= MinimumSlope && fanInSlope - fanOutSlope >= MinimumMargin)
        {
            return FanIn;
        }

        if (fanOutSlope >= MinimumSlope && fanOutSlope - fanInSlope >= MinimumMargin)
        {
            return FanOut;
        }

        return Neither;
    }
}
