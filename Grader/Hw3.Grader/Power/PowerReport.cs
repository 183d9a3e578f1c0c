using System.Globalization;
using Hw3.Grader.Checks.Kinds.Statistical;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Power;

/// <summary>The power table as plain text lines (aligned, invariant culture), ready to paste into the rubric's documentation.</summary>
public static class PowerReport
{
    public static IReadOnlyList<string> Lines(RubricItem item, StatisticalCheck check, IReadOnlyList<PowerRow> rows, int firstSeed, TimeSpan elapsed, int jobs)
    {
        var s = check.Settings;
        var seeds = rows.Count > 0 ? rows[0].Seeds : 0;
        var lines = new List<string>
        {
            Invariant($"Power of {item.Id}: rubric seeds {firstSeed}…{firstSeed + seeds - 1} ({seeds} seeds; the cases stay, every call's stream changes), {s.Cases.Count} cases, {s.Replicates} calls × {s.Samples} samples per case and estimator."),
            Invariant($"{check.ComponentsTested} t-tests per submission at |t| ≤ {check.Threshold:F3} (Student t, {s.Replicates - 1} degrees of freedom, Bonferroni for {Tolerance.Format(s.FalseFailProbability)}); standard error ≥ {Tolerance.Format(s.SpreadFloor)} × a correct estimator's and ≥ {Tolerance.Format(s.NumericFloor)} × |∇F(μ)|."),
            "",
        };
        var header = new[] { "estimator", "member", "failed", "fraction", "target", "largest |t| passed", "met" };
        var table = rows.Select(r => new[]
        {
            r.Variant,
            r.Member.Replace("Q4.EstimateGradient", "", StringComparison.Ordinal),
            Invariant($"{r.Failures}/{r.Seeds}"),
            r.Failures == 0 ? Invariant($"0 (< {r.UpperBound95:0.0e0} at 95 %)") : Invariant($"{r.FailureFraction:0.0000}"),
            r.ShouldPass ? "≤ " + Tolerance.Format(r.Target) : "≥ " + Tolerance.Format(r.Target),
            r.LargestAbsT > 0 ? Invariant($"{r.LargestAbsT:F2}") : "-",
            r.Met ? "yes" : "NO",
        }).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(c => table.Select(row => row[c].Length).Append(header[c].Length).Max()).ToArray();
        string Row(string[] cells) => string.Join("  ", cells.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd();
        lines.Add(Row(header));
        lines.AddRange(table.Select(Row));
        lines.Add("");
        lines.AddRange(rows.DistinctBy(r => r.Variant).Select(r => $"{r.Variant}: {r.Description}"));
        lines.Add("");
        lines.Add("An unbiased estimator meets its target when it never fails: 0 failures in n seeds bounds its rate below 3/n; the bound itself");
        lines.Add("comes from the threshold, and \"largest |t| passed\" shows how close any seed came to it.");
        lines.Add(rows.All(r => r.Met) ? "Every target is met." : "Some targets are NOT met: " + string.Join(", ", rows.Where(r => !r.Met).Select(r => r.Variant + " on " + r.Member)) + ".");
        lines.Add(Invariant($"{elapsed.TotalSeconds:F0} s on {jobs} {(jobs == 1 ? "job" : "jobs")}."));
        return lines;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
