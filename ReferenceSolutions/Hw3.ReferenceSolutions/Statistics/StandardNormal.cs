using MathNet.Numerics.Distributions;

namespace Hw3.ReferenceSolutions.Statistics;

/// <summary>Draws of ε ~ N(0, I) from a caller's seeded random stream.</summary>
public static class StandardNormal
{
    public static double[] Vector(Random rng, int dimension)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        var values = new double[dimension];
        Normal.Samples(rng, values, 0.0, 1.0);
        return values;
    }

    /// <summary>
    /// Fills <paramref name="values"/> with independent N(0, 1) draws by the polar Box–Muller method, two per pair of
    /// uniforms (the spare of an odd length is dropped). The same method MathNet uses, without its per-call checks:
    /// the estimators of the power table call it hundreds of millions of times.
    /// </summary>
    public static void Fill(Random rng, double[] values)
    {
        for (var i = 0; i < values.Length; i += 2)
        {
            double v1, v2, r;
            do
            {
                v1 = 2.0 * rng.NextDouble() - 1.0;
                v2 = 2.0 * rng.NextDouble() - 1.0;
                r = v1 * v1 + v2 * v2;
            }
            while (r >= 1.0 || r == 0.0);

            var factor = Math.Sqrt(-2.0 * Math.Log(r) / r);
            values[i] = v1 * factor;
            if (i + 1 < values.Length)
            {
                values[i + 1] = v2 * factor;
            }
        }
    }
}
