using Hw3.ReferenceSolutions.Statistics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Tests.Q1;

/// <summary>
/// Q1 by Monte Carlo: every trial builds the matrices of the question explicitly (W, or
/// U = sign(g xᵀ)) from iid N(0,1) draws, multiplies, and measures RMS(y) = ‖y‖₂/√d2.
/// Independent of <see cref="Q1Reference"/>: apart from argument checks, nothing here uses a closed form.
/// </summary>
public static class Q1Simulator
{
    /// <summary>E[RMS(Wx)²] with W (d2×d1) and x iid N(0,1).</summary>
    public static SimulationEstimate RmsSquaredAtInit(int d1, int d2, int trials, int seed) =>
        Simulate(d1, d2, trials, seed, (normal, rows, columns) =>
        {
            var w = Matrix<double>.Build.Random(rows, columns, normal);
            var x = Vector<double>.Build.Random(columns, normal);
            return RmsSquared(w * x);
        });

    /// <summary>E[RMS(y')²] with y' = U x, U = sign(g xᵀ), x (d1) and g (d2) iid N(0,1).</summary>
    public static SimulationEstimate SignUpdateRmsSquared(int d1, int d2, int trials, int seed) =>
        Simulate(d1, d2, trials, seed, (normal, rows, columns) => RmsSquared(SignUpdateFeatureChange(normal, rows, columns)));

    /// <summary>E[RMS(y')], the quantity the handout asks to make 1.</summary>
    public static SimulationEstimate SignUpdateRms(int d1, int d2, int trials, int seed) =>
        Simulate(d1, d2, trials, seed, (normal, rows, columns) => Math.Sqrt(RmsSquared(SignUpdateFeatureChange(normal, rows, columns))));

    private static Vector<double> SignUpdateFeatureChange(Normal normal, int d2, int d1)
    {
        var x = Vector<double>.Build.Random(d1, normal);
        var g = Vector<double>.Build.Random(d2, normal);
        var update = g.OuterProduct(x).PointwiseSign();
        return update * x;
    }

    private static double RmsSquared(Vector<double> y) => y.DotProduct(y) / y.Count;

    private static SimulationEstimate Simulate(
        int d1, int d2, int trials, int seed, Func<Normal, int, int, double> trial)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(d1, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(d2, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 2);
        var normal = new Normal(0.0, 1.0, new Random(seed));
        return SimulationEstimate.FromSamples(Enumerable.Range(0, trials).Select(_ => trial(normal, d2, d1)));
    }
}
