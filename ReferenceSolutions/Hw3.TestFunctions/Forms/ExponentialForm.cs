using Hw3.TestFunctions.Formatting;

namespace Hw3.TestFunctions.Forms;

/// <summary>f(x) = exp(b·x), ∇f = b·exp(b·x). Parameters [b₀, …, b_{k−1}].</summary>
internal sealed class ExponentialForm : ITestFunctionForm
{
    private readonly double[] _b;

    private ExponentialForm(double[] b) => _b = b;

    public static ExponentialForm FromParameters(double[] parameters)
    {
        if (parameters.Length < 1)
        {
            throw new ArgumentException(
                $"test function '{TestFunctionCatalog.ExponentialName}' needs parameters [b_0, ..., b_(k-1)] with k >= 1; got none",
                nameof(parameters));
        }

        return new ExponentialForm(parameters);
    }

    public int Dimension => _b.Length;

    public double Value(double[] x) => Math.Exp(Exponent(x));

    public double[] Gradient(double[] x)
    {
        var value = Math.Exp(Exponent(x));
        return _b.Select(b => b * value).ToArray();
    }

    public string ValueExpression => "x => " + ExpText;

    public string GradientExpression => "x => " + CSharpText.DoubleArray(_b.Select(b => CSharpText.Number(b) + " * " + ExpText));

    public string Description => $"f(x) = exp(b·x) with b = {CSharpText.Vector(_b)}";

    private string ExpText =>
        CSharpText.Exp + "(" + string.Concat(_b.Select((b, i) => CSharpText.Term(b, CSharpText.Element(i), i == 0))) + ")";

    private double Exponent(double[] x)
    {
        var sum = _b[0] * x[0];
        for (var i = 1; i < _b.Length; i++)
        {
            sum += _b[i] * x[i];
        }

        return sum;
    }
}
