using Hw3.TestFunctions.Formatting;

namespace Hw3.TestFunctions.Forms;

/// <summary>f(x) = Σ aᵢxᵢ² + b·x, ∂f/∂xᵢ = 2aᵢxᵢ + bᵢ. Parameters [a₀, …, a_{k−1}, b₀, …, b_{k−1}].</summary>
internal sealed class QuadraticForm : ITestFunctionForm
{
    private readonly double[] _a;
    private readonly double[] _b;

    private QuadraticForm(double[] a, double[] b)
    {
        _a = a;
        _b = b;
    }

    public static QuadraticForm FromParameters(double[] parameters)
    {
        if (parameters.Length < 2 || parameters.Length % 2 != 0)
        {
            throw new ArgumentException(
                $"test function '{TestFunctionCatalog.QuadraticName}' needs parameters [a_0, ..., a_(k-1), b_0, ..., b_(k-1)] with k >= 1, so a positive even count; got {parameters.Length}",
                nameof(parameters));
        }

        var k = parameters.Length / 2;
        return new QuadraticForm(parameters[..k], parameters[k..]);
    }

    public int Dimension => _a.Length;

    public double Value(double[] x)
    {
        var sum = _a[0] * x[0] * x[0];
        sum += _b[0] * x[0];
        for (var i = 1; i < _a.Length; i++)
        {
            sum += _a[i] * x[i] * x[i];
            sum += _b[i] * x[i];
        }

        return sum;
    }

    public double[] Gradient(double[] x)
    {
        var gradient = new double[_a.Length];
        for (var i = 0; i < gradient.Length; i++)
        {
            gradient[i] = 2.0 * _a[i] * x[i] + _b[i];
        }

        return gradient;
    }

    public string ValueExpression => "x => " + string.Concat(_a.Select((a, i) =>
        CSharpText.Term(a, CSharpText.Element(i) + " * " + CSharpText.Element(i), i == 0)
        + CSharpText.Term(_b[i], CSharpText.Element(i), first: false)));

    public string GradientExpression => "x => " + CSharpText.DoubleArray(_a.Select((a, i) =>
        "2.0 * " + CSharpText.Number(a) + " * " + CSharpText.Element(i) + CSharpText.Constant(_b[i])));

    public string Description =>
        $"f(x) = Σ_i a_i x_i² + b·x with a = {CSharpText.Vector(_a)}, b = {CSharpText.Vector(_b)}";
}
