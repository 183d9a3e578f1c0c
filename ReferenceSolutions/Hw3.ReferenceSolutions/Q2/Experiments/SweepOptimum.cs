using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>
/// The best learning rate of one width: the grid point with the lowest loss, refined by the vertex of
/// the parabola through it and its two neighbours (so it moves at most half a grid step).
/// </summary>
public sealed record SweepOptimum(Parameterization Parameterization, int Width, double Log2LearningRate, double Loss);
