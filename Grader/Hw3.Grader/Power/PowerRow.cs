namespace Hw3.Grader.Power;

/// <summary>
/// One estimator variant on one answer-API member: how often the check failed it over the seeds, and what it must do.
/// </summary>
/// <param name="ShouldPass">True for an unbiased variant (target: fail at most <see cref="Target"/>), false for a mistake (fail at least <see cref="Target"/>).</param>
/// <param name="LargestAbsT">Over every seed, the largest |t| of a passing call set: how close an unbiased variant came to the threshold.</param>
public sealed record PowerRow(string Variant, string Description, string Member, bool ShouldPass, double Target, int Failures, int Seeds, double LargestAbsT)
{
    public double FailureFraction => (double)Failures / Seeds;

    /// <summary>
    /// An unbiased variant meets its target when it never failed (with ≥ 10⁴ seeds, one failure already puts its rate
    /// above 10⁻⁴ ≫ 10⁻⁶ at any useful confidence); a mistake when it failed at least the target fraction of seeds.
    /// </summary>
    public bool Met => ShouldPass ? Failures == 0 : FailureFraction >= Target;

    /// <summary>The 95 % upper confidence bound on the failure rate when there were no failures (Clopper–Pearson: 1 − 0.05^(1/n)).</summary>
    public double UpperBound95 => Failures == 0 ? 1 - Math.Pow(0.05, 1.0 / Seeds) : double.NaN;
}
