using Hw3.ReferenceSolutions.Q3.Parameterizations;
using MathNet.Numerics;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>
/// Experiment (e), and Figure 1 of Tensor Programs V in miniature. The optimum "shifts" when the fitted
/// slope of log₂(optimal LR) against log₂(width) is at least <see cref="ShiftThreshold"/> in size: SP's
/// theory predicts −1 (the update's effect grows with fan-in), μP's 0.
/// </summary>
public sealed record LearningRateSweepResult(IReadOnlyList<SweepPoint> Points, IReadOnlyList<SweepOptimum> Optima)
{
    public const double ShiftThreshold = 0.3;

    public IReadOnlyList<SweepOptimum> OptimaOf(Parameterization parameterization) =>
        Optima.Where(o => o.Parameterization == parameterization).OrderBy(o => o.Width).ToList();

    /// <summary>Octaves the optimal LR moves per doubling of width.</summary>
    public double OptimalLearningRateSlope(Parameterization parameterization)
    {
        var optima = OptimaOf(parameterization);
        var (_, slope) = Fit.Line(
            optima.Select(o => Math.Log2(o.Width)).ToArray(),
            optima.Select(o => o.Log2LearningRate).ToArray());
        return slope;
    }

    public bool OptimalLearningRateShifts(Parameterization parameterization) =>
        Math.Abs(OptimalLearningRateSlope(parameterization)) >= ShiftThreshold;

    public bool OptimalLearningRateShrinks(Parameterization parameterization) =>
        OptimalLearningRateSlope(parameterization) <= -ShiftThreshold;

    /// <summary>Each wider network reaches a strictly lower loss at its own best learning rate.</summary>
    public bool WiderIsAlwaysBetter(Parameterization parameterization)
    {
        var optima = OptimaOf(parameterization);
        return optima.Zip(optima.Skip(1), (narrow, wide) => wide.Loss < narrow.Loss).All(better => better);
    }
}
