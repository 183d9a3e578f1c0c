using Hw3.ReferenceSolutions.Q4.Smoothing;
using Hw3.TestFunctions;

namespace Hw3.ReferenceSolutions.Q4;

/// <summary>
/// Closed forms of F(μ) = E_{ε∼N(0,I)}[f(μ + σε)] and ∇_μF for every function of the
/// <see cref="TestFunctionCatalog"/> (derivations on each Smoothed* class).
/// </summary>
public static class GaussianSmoothing
{
    public static double Objective(TestFunctionSpec f, double[] mu, double sigma) => For(f, mu, sigma).Objective(mu, sigma);

    public static double[] ExactGradient(TestFunctionSpec f, double[] mu, double sigma) => For(f, mu, sigma).Gradient(mu, sigma);

    private static ISmoothedFunction For(TestFunctionSpec spec, double[] mu, double sigma)
    {
        var function = TestFunctionCatalog.Create(spec);
        ArgumentNullException.ThrowIfNull(mu);
        if (mu.Length != function.Dimension)
        {
            throw new ArgumentException($"μ has {mu.Length} components but '{spec.Name}' takes {function.Dimension}", nameof(mu));
        }

        Q4Arguments.Sigma(sigma);
        var parameters = function.Spec.Parameters;
        return function.Spec.Name switch
        {
            TestFunctionCatalog.LinearName => new SmoothedLinear(parameters),
            TestFunctionCatalog.QuadraticName => new SmoothedQuadratic(parameters),
            TestFunctionCatalog.ExponentialName => new SmoothedExponential(parameters),
            TestFunctionCatalog.SineProductName => new SmoothedSineProduct(parameters),
            _ => throw new ArgumentException($"no closed form for test function '{spec.Name}'", nameof(spec)),
        };
    }
}
