namespace Hw3.Kit.Sampling;

/// <summary>Standard normal draws from a seeded <see cref="Random"/> (Box–Muller), so every kit check is the same on every run.</summary>
public sealed class NormalSampler(int seed)
{
    private readonly Random random = new(seed);
    private double? spare;

    public double Next()
    {
        if (spare is { } kept)
        {
            spare = null;
            return kept;
        }

        var u1 = 1.0 - random.NextDouble(); // in (0, 1]: the logarithm stays finite
        var u2 = random.NextDouble();
        var radius = Math.Sqrt(-2.0 * Math.Log(u1));
        spare = radius * Math.Sin(2.0 * Math.PI * u2);
        return radius * Math.Cos(2.0 * Math.PI * u2);
    }

    public double[] Vector(int length)
    {
        var vector = new double[length];
        for (var i = 0; i < length; i++)
        {
            vector[i] = Next();
        }

        return vector;
    }
}
