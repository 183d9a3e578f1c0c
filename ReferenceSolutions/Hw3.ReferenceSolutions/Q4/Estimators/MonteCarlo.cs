using Hw3.ReferenceSolutions.Statistics;

namespace Hw3.ReferenceSolutions.Q4.Estimators;

/// <summary>The loop every estimator variant shares: draw ε ∼ N(0, I) from the caller's stream, add one integrand value, average.</summary>
internal static class MonteCarlo
{
    /// <summary>Adds one draw's integrand to <c>sum</c>; the ε buffer is reused, so it must not be kept.</summary>
    public delegate void Accumulate(double[] eps, double[] sum);

    public static double[] Average(int dimension, int samples, Random rng, Accumulate accumulate)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        var sum = new double[dimension];
        var eps = new double[dimension];
        for (var n = 0; n < samples; n++)
        {
            StandardNormal.Fill(rng, eps);
            accumulate(eps, sum);
        }

        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] /= samples;
        }

        return sum;
    }

    /// <summary>x = μ + scale·ε, in a new array (the function it is given to may keep it).</summary>
    public static double[] Point(double[] mu, double scale, double[] eps, double sign = 1.0) => Point(new double[mu.Length], mu, scale, eps, sign);

    /// <summary>x = μ + scale·ε, written into <paramref name="x"/> (for the grader's own test functions, which keep nothing).</summary>
    public static double[] Point(double[] x, double[] mu, double scale, double[] eps, double sign = 1.0)
    {
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = mu[i] + sign * scale * eps[i];
        }

        return x;
    }
}
