using Hw3.TestFunctions.Formatting;

namespace Hw3.TestFunctions.Forms;

/// <summary>f(x) = b·x + c, ∇f = b. Parameters [b₀, …, b_{k−1}, c].</summary>
internal sealed class LinearForm : ITestFunctionForm
{
    private readonly double[] _b;
    private readonly double _c;

    private LinearForm(double[] b, double c)
    {
        _b = b;
        _c = c;
    }

    public static LinearForm FromParameters(double[] parameters)
    {
        if (parameters.Length < 2)
        {
            throw new ArgumentException(
                $"test function '{TestFunctionCatalog.LinearName}' needs parameters [b_0, ..., b_(k-1), c] with k >= 1, so at least 2 numbers; got {parameters.Length}",
                nameof(parameters));
        }

        return new LinearForm(parameters[..^1], parameters[^1]);
    }

    public int Dimension => _b.Length;

    public double Value(double[] x)
    {
        var sum = _b[0] * x[0];
        for (var i = 1; i < _b.Length; i++)
        {
            sum += _b[i] * x[i];
        }

        return sum + _c;
    }

    public double[] Gradient(double[] x) => (double[])_b.Clone();

    public string ValueExpression =>
        "x => " + string.Concat(_b.Select((b, i) => CSharpText.Term(b, CSharpText.Element(i), i == 0))) + CSharpText.Constant(_c);

    public string GradientExpression => "x => " + CSharpText.DoubleArray(_b.Select(CSharpText.Number));

    public string Description => $"f(x) = b·x + c with b = {CSharpText.Vector(_b)}, c = {CSharpText.Plain(_c)}";
}
