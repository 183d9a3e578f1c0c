namespace Hw3.ReferenceSolutions.Q4;

/// <summary>Argument checks shared by the Q4 references.</summary>
internal static class Q4Arguments
{
    public static void Sigma(double sigma)
    {
        if (!(sigma > 0.0) || !double.IsFinite(sigma))
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "σ must be positive and finite");
        }
    }

    public static void SameLength(double[] vector, double[] mu, string vectorName)
    {
        ArgumentNullException.ThrowIfNull(vector, vectorName);
        ArgumentNullException.ThrowIfNull(mu);
        if (vector.Length != mu.Length)
        {
            throw new ArgumentException($"{vectorName} has {vector.Length} components but μ has {mu.Length}", vectorName);
        }
    }

    public static void Samples(int samples, int minimum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, minimum);
    }
}
