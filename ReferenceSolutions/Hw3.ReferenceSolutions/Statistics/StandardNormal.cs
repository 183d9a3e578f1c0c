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
}
