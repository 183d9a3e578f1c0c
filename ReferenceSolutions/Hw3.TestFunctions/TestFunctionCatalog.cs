using Hw3.TestFunctions.Forms;

namespace Hw3.TestFunctions;

/// <summary>
/// The Q4 test-function family. A <see cref="TestFunctionSpec"/> (name + flat parameters) crosses
/// process boundaries; <see cref="Create"/> turns it into f and ∇f on either side.
/// </summary>
public static class TestFunctionCatalog
{
    public const string LinearName = "linear";
    public const string QuadraticName = "quadratic";
    public const string ExponentialName = "exp";
    public const string SineProductName = "sine-product";

    private static readonly Dictionary<string, Func<double[], ITestFunctionForm>> Forms = new(StringComparer.Ordinal)
    {
        [LinearName] = LinearForm.FromParameters,
        [QuadraticName] = QuadraticForm.FromParameters,
        [ExponentialName] = ExponentialForm.FromParameters,
        [SineProductName] = SineProductForm.FromParameters,
    };

    public static IReadOnlyList<string> Names { get; } = [LinearName, QuadraticName, ExponentialName, SineProductName];

    /// <exception cref="ArgumentException">
    /// Unknown name, a parameter count that does not fit the name, or a parameter that is not finite.
    /// </exception>
    public static TestFunction Create(TestFunctionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Name is null || !Forms.TryGetValue(spec.Name, out var build))
        {
            throw new ArgumentException(
                $"unknown test function '{spec.Name}'; known: {string.Join(", ", Names)}", nameof(spec));
        }

        if (spec.Parameters is null)
        {
            throw new ArgumentException($"test function '{spec.Name}' has no parameter array", nameof(spec));
        }

        var parameters = spec.Parameters.ToArray();
        var bad = Array.FindIndex(parameters, p => !double.IsFinite(p));
        if (bad >= 0)
        {
            throw new ArgumentException(
                $"test function '{spec.Name}' parameter {bad} is {parameters[bad]}; every parameter must be finite", nameof(spec));
        }

        return new TestFunction(new TestFunctionSpec(spec.Name, parameters), build(parameters));
    }

    /// <summary>f(x) = b·x + c; parameters [b..., c].</summary>
    public static TestFunctionSpec Linear(double[] b, double c)
    {
        ArgumentNullException.ThrowIfNull(b);
        return new(LinearName, [.. b, c]);
    }

    /// <summary>f(x) = Σ aᵢxᵢ² + b·x; parameters [a..., b...].</summary>
    public static TestFunctionSpec Quadratic(double[] a, double[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"a has {a.Length} components but b has {b.Length}", nameof(b));
        }

        return new(QuadraticName, [.. a, .. b]);
    }

    /// <summary>f(x) = exp(b·x); parameters [b...].</summary>
    public static TestFunctionSpec Exponential(double[] b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return new(ExponentialName, [.. b]);
    }

    /// <summary>f(x) = Π sin(wᵢxᵢ); parameters [w...].</summary>
    public static TestFunctionSpec SineProduct(double[] w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return new(SineProductName, [.. w]);
    }
}
