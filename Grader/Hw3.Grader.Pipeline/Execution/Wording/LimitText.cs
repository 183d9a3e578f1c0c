using System.Globalization;

namespace Hw3.Grader.Execution.Wording;

/// <summary>Time limits as students read them: <c>2</c>, <c>1.5</c>, <c>120</c> (seconds, invariant culture).</summary>
internal static class LimitText
{
    public static string Seconds(TimeSpan limit) => limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
