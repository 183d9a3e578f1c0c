using MathNet.Numerics.Distributions;

namespace Hw3.Grader.Checks.Kinds.Statistical;

/// <summary>
/// The decision on one component of one estimator on one case: is the average of its R estimates consistent with
/// ∇F(μ)? A two-sided t-test whose standard error comes from the estimates' own spread, so any unbiased estimator
/// passes whatever its variance (baseline, antithetic pairs, …). The standard error is bounded below by a fraction of
/// a correct estimator's (an estimator whose calls barely vary is not judged on a vanishing error bar) and by a
/// fraction of |∇F(μ)| (single-precision rounding is not bias).
/// </summary>
/// <param name="Mean">The average of the estimates.</param>
/// <param name="T">(mean − ∇Fⱼ) / standard error.</param>
/// <param name="SpreadRatio">The estimates' sample variance over a correct estimator's call variance (1 for the reference estimator on average).</param>
/// <param name="Constant">Every estimate was the same number.</param>
/// <param name="Identical">Constant while a correct estimator's vary: the estimator ignores the stream.</param>
public sealed record BiasTest(double Mean, double T, double SpreadRatio, bool Constant, bool Identical)
{
    public static BiasTest Run(IReadOnlyList<double> estimates, double gradient, double drawVariance, int samples, double spreadFloor, double floor)
    {
        var replicates = estimates.Count;
        var mean = estimates.Average();
        var sampleVariance = estimates.Sum(e => (e - mean) * (e - mean)) / (replicates - 1);
        var callVariance = drawVariance / samples;
        var ownError = Math.Sqrt(sampleVariance / replicates);
        var referenceError = Math.Sqrt(callVariance / replicates);
        var standardError = Math.Max(ownError, Math.Max(spreadFloor * referenceError, floor));
        var difference = mean - gradient;
        var t = standardError > 0 ? difference / standardError : difference == 0 ? 0 : double.PositiveInfinity;
        var constant = estimates.All(e => e == estimates[0]);
        return new BiasTest(mean, t, callVariance > 0 ? sampleVariance / callVariance : 1, constant, constant && referenceError > floor);
    }

    /// <summary>
    /// The |t| above which an estimate is judged biased: the two-sided Student-t quantile with R − 1 degrees of
    /// freedom at <paramref name="falseFailProbability"/> / <paramref name="tests"/> (Bonferroni), so a correct
    /// estimator with normally distributed estimates fails at most that often.
    /// </summary>
    public static double Threshold(double falseFailProbability, int tests, int replicates) =>
        Thresholds.GetOrAdd((falseFailProbability, tests, replicates), key => UpperQuantile(key.Replicates - 1, key.Probability / (2.0 * key.Tests)));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(double Probability, int Tests, int Replicates), double> Thresholds = new();

    /// <summary>
    /// The t with P(T &gt; t) = <paramref name="tail"/>, by bisection on the CDF: MathNet's InvCDF is off by about 1 % in
    /// the far tail (10⁻¹²), where the CDF itself is accurate.
    /// </summary>
    private static double UpperQuantile(int degrees, double tail)
    {
        double low = 0, high = 1;
        while (StudentT.CDF(0, 1, degrees, -high) > tail)
        {
            high *= 2;
        }

        for (var i = 0; i < 200 && high - low > 1e-12 * high; i++)
        {
            var middle = (low + high) / 2;
            if (StudentT.CDF(0, 1, degrees, -middle) > tail)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return (low + high) / 2;
    }

    /// <summary>The spread ratio above which a note says the estimator is noisier than it need be (a correct one crosses it with probability ≤ p / tests).</summary>
    public static double NoteThreshold(double falseFailProbability, int tests, int replicates) =>
        ChiSquared.InvCDF(replicates - 1, 1 - falseFailProbability / tests) / (replicates - 1);
}
