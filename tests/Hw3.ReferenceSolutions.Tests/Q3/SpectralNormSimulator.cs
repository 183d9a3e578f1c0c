using Hw3.ReferenceSolutions.Q2.Measurement;
using Hw3.ReferenceSolutions.Q3.Parameterizations;
using Hw3.ReferenceSolutions.Q3.Spectral;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Tests.Q3;

/// <summary>
/// Checks Condition 1 by simulation: spectral norms of Gaussian initializations and of rank-one μP Adam
/// updates across (fan_in, fan_out), and the exponents a log-log fit recovers from them.
/// </summary>
public static class SpectralNormSimulator
{
    /// <summary>σ_max of fan_out × fan_in iid N(0, variance(fan_in, fan_out)) matrices, one per shape.</summary>
    public static IReadOnlyList<SpectralNormMeasurement> GaussianInitialization(
        IEnumerable<(int FanIn, int FanOut)> shapes, Func<int, int, double> variance, int seed)
    {
        var random = new Random(seed);
        return shapes.Select(shape =>
        {
            var v = variance(shape.FanIn, shape.FanOut);
            var matrix = Matrix<double>.Build.Random(shape.FanOut, shape.FanIn, new Normal(0, Math.Sqrt(v), random));
            return new SpectralNormMeasurement(
                shape.FanIn,
                shape.FanOut,
                SpectralNorm.Of(matrix),
                SpectralCondition.PredictedGaussianSpectralNorm(v, shape.FanIn, shape.FanOut));
        }).ToList();
    }

    /// <summary>
    /// The first Adam step on a batch-size-1 gradient g xᵀ is −η·sign(g)·sign(x)ᵀ (rank one, every entry ±η),
    /// with η the μP hidden-layer Adam LR of Table 3; its spectral norm is η·√(fan_in·fan_out).
    /// </summary>
    public static IReadOnlyList<SpectralNormMeasurement> RankOneMuPUpdate(
        IEnumerable<(int FanIn, int FanOut)> shapes, double baseLearningRate, int seed)
    {
        var random = new Random(seed);
        var normal = new Normal(0, 1, random);
        var hiddenAdamRate = Table3.Lookup(Parameterization.MaximalUpdate, LayerKind.Hidden, ScaledQuantity.AdamLearningRate);
        return shapes.Select(shape =>
        {
            var rate = baseLearningRate * hiddenAdamRate.Evaluate(shape.FanIn, shape.FanOut);
            var g = Vector<double>.Build.Random(shape.FanOut, normal).Map(v => (double)Math.Sign(v));
            var x = Vector<double>.Build.Random(shape.FanIn, normal).Map(v => (double)Math.Sign(v));
            var update = -rate * g.OuterProduct(x);
            return new SpectralNormMeasurement(
                shape.FanIn,
                shape.FanOut,
                SpectralNorm.Of(update),
                rate * Math.Sqrt((double)shape.FanIn * shape.FanOut));
        }).ToList();
    }

    public static SpectralExponentFit FitExponents(IReadOnlyList<SpectralNormMeasurement> measurements)
    {
        var slopes = LogLogRegression.TwoFactor(
            measurements.Select(m => (double)m.FanIn).ToList(),
            measurements.Select(m => (double)m.FanOut).ToList(),
            measurements.Select(m => m.SpectralNorm).ToList());
        return new SpectralExponentFit(slopes.First, slopes.Second);
    }

    /// <summary>Every (fan_in, fan_out) pair from one list of widths: a symmetric grid.</summary>
    public static IReadOnlyList<(int FanIn, int FanOut)> Grid(IReadOnlyList<int> widths) =>
        widths.SelectMany(fanIn => widths.Select(fanOut => (fanIn, fanOut))).ToList();
}
