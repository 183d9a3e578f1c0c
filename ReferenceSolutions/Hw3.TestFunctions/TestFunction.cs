using Hw3.TestFunctions.Forms;

namespace Hw3.TestFunctions;

/// <summary>
/// A test function f: ℝᵏ → ℝ with its gradient, built from a <see cref="TestFunctionSpec"/> by
/// <see cref="TestFunctionCatalog.Create"/>. The expressions are C# lambdas that compute the same
/// numbers (same operations in the same order), so a TA can paste them into <c>./hw3 eval</c>.
/// </summary>
public sealed class TestFunction
{
    private readonly ITestFunctionForm _form;

    internal TestFunction(TestFunctionSpec spec, ITestFunctionForm form)
    {
        Spec = spec;
        _form = form;
    }

    public TestFunctionSpec Spec { get; }

    /// <summary>k, the length of every x this function accepts.</summary>
    public int Dimension => _form.Dimension;

    /// <summary>A C# lambda usable as <c>Func&lt;double[], double&gt;</c>.</summary>
    public string ValueExpression => _form.ValueExpression;

    /// <summary>A C# lambda usable as <c>Func&lt;double[], double[]&gt;</c>.</summary>
    public string GradientExpression => _form.GradientExpression;

    /// <summary>For students, e.g. <c>f(x) = b·x + c with b = [1.5, -0.5], c = 2</c>.</summary>
    public string Description => _form.Description;

    /// <exception cref="ArgumentException">x does not have <see cref="Dimension"/> components.</exception>
    public double Value(double[] x) => _form.Value(CheckInput(x));

    /// <exception cref="ArgumentException">x does not have <see cref="Dimension"/> components.</exception>
    public double[] Gradient(double[] x) => _form.Gradient(CheckInput(x));

    public override string ToString() => Description;

    private double[] CheckInput(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length != Dimension)
        {
            throw new ArgumentException(
                $"test function '{Spec.Name}' takes x with {Dimension} components; got {x.Length}", nameof(x));
        }

        return x;
    }
}
