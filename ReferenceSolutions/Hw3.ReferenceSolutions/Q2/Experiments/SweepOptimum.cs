using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>
/// The best learning rate of one width: the grid point with the lowest loss, refined by the vertex of
/// the parabola through it and its two neighbours (on a uniform grid it moves at most half a step).
/// <paramref name="Loss"/> is the lowest loss on the grid.
/// </summary>
public sealed record SweepOptimum(Parameterization Parameterization, int Width, double Log2LearningRate, double Loss);
