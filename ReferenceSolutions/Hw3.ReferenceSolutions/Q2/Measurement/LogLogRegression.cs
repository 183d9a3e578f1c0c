using MathNet.Numerics;

namespace Hw3.ReferenceSolutions.Q2.Measurement;

/// <summary>Least-squares fits of power laws: straight lines through log-log data.</summary>
public static class LogLogRegression
{
    /// <summary>The exponent s of y ∝ x^s.</summary>
    public static double Slope(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        RequirePositive(x);
        RequirePositive(y);
        var (_, slope) = Fit.Line(x.Select(v => Math.Log(v)).ToArray(), y.Select(v => Math.Log(v)).ToArray());
        return slope;
    }

    /// <summary>Like <see cref="Slope"/>, but NaN instead of an exception when a value is not finite and positive.</summary>
    public static double SlopeOrNaN(IReadOnlyList<double> x, IReadOnlyList<double> y) =>
        AllPositive(x) && AllPositive(y) && x.Count >= 2 ? Slope(x, y) : double.NaN;

    /// <summary>The exponents (a, b) of y ∝ x₁^a · x₂^b; x₁ and x₂ must not be collinear in log space.</summary>
    public static TwoFactorSlopes TwoFactor(IReadOnlyList<double> x1, IReadOnlyList<double> x2, IReadOnlyList<double> y)
    {
        RequirePositive(x1);
        RequirePositive(x2);
        RequirePositive(y);
        var predictors = x1.Zip(x2, (a, b) => new[] { Math.Log(a), Math.Log(b) }).ToArray();
        var coefficients = Fit.MultiDim(predictors, y.Select(v => Math.Log(v)).ToArray(), intercept: true);
        return new TwoFactorSlopes(coefficients[0], coefficients[1], coefficients[2]);
    }

    private static bool AllPositive(IReadOnlyList<double> values) => values.All(v => v > 0 && double.IsFinite(v));

    private static void RequirePositive(IReadOnlyList<double> values)
    {
        if (!AllPositive(values))
        {
            throw new ArgumentException("log-log fits need finite positive values");
        }
    }
}
