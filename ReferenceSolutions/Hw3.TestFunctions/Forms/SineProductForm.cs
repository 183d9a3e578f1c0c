using Hw3.TestFunctions.Formatting;

namespace Hw3.TestFunctions.Forms;

/// <summary>
/// f(x) = Π sin(wᵢxᵢ), ∂f/∂xᵢ = wᵢcos(wᵢxᵢ)·Π_{j≠i} sin(wⱼxⱼ). Parameters [w₀, …, w_{k−1}].
/// The gradient multiplies the other factors out (no division), so it is right where a factor is zero.
/// </summary>
internal sealed class SineProductForm : ITestFunctionForm
{
    private readonly double[] _w;

    private SineProductForm(double[] w) => _w = w;

    public static SineProductForm FromParameters(double[] parameters)
    {
        if (parameters.Length < 1)
        {
            throw new ArgumentException(
                $"test function '{TestFunctionCatalog.SineProductName}' needs parameters [w_0, ..., w_(k-1)] with k >= 1; got none",
                nameof(parameters));
        }

        return new SineProductForm(parameters);
    }

    public int Dimension => _w.Length;

    public double Value(double[] x)
    {
        var product = Math.Sin(_w[0] * x[0]);
        for (var i = 1; i < _w.Length; i++)
        {
            product *= Math.Sin(_w[i] * x[i]);
        }

        return product;
    }

    public double[] Gradient(double[] x)
    {
        var gradient = new double[_w.Length];
        for (var i = 0; i < gradient.Length; i++)
        {
            var partial = _w[i] * Math.Cos(_w[i] * x[i]);
            for (var j = 0; j < _w.Length; j++)
            {
                if (j != i)
                {
                    partial *= Math.Sin(_w[j] * x[j]);
                }
            }

            gradient[i] = partial;
        }

        return gradient;
    }

    public string ValueExpression => "x => " + string.Join(" * ", _w.Select((_, i) => SinText(i)));

    public string GradientExpression => "x => " + CSharpText.DoubleArray(_w.Select((w, i) =>
        string.Join(" * ", new[] { CSharpText.Number(w), CosText(i) }.Concat(_w.Select((_, j) => j).Where(j => j != i).Select(SinText)))));

    public string Description => $"f(x) = Π_i sin(w_i x_i) with w = {CSharpText.Vector(_w)}";

    private string SinText(int i) => CSharpText.Sin + "(" + CSharpText.Number(_w[i]) + " * " + CSharpText.Element(i) + ")";

    private string CosText(int i) => CSharpText.Cos + "(" + CSharpText.Number(_w[i]) + " * " + CSharpText.Element(i) + ")";
}
