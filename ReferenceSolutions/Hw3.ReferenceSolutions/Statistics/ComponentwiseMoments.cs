using MathNet.Numerics.Statistics;

namespace Hw3.ReferenceSolutions.Statistics;

/// <summary>Running mean and variance of each component of a stream of equally long vectors.</summary>
public sealed class ComponentwiseMoments
{
    private readonly RunningStatistics[] _components;

    public ComponentwiseMoments(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        _components = Enumerable.Range(0, dimension).Select(_ => new RunningStatistics()).ToArray();
    }

    public int Dimension => _components.Length;

    public long Count => _components[0].Count;

    public void Push(double[] sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.Length != Dimension)
        {
            throw new ArgumentException($"expected {Dimension} components; got {sample.Length}", nameof(sample));
        }

        for (var i = 0; i < sample.Length; i++)
        {
            _components[i].Push(sample[i]);
        }
    }

    public double[] Means => _components.Select(c => c.Mean).ToArray();

    /// <summary>Unbiased (n − 1) sample variance of each component.</summary>
    public double[] Variances => _components.Select(c => c.Variance).ToArray();

    public SimulationEstimate[] Estimates => _components
        .Select(c => new SimulationEstimate(c.Mean, Math.Sqrt(c.Variance / c.Count), (int)c.Count))
        .ToArray();
}
