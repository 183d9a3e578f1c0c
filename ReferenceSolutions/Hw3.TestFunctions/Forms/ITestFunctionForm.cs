namespace Hw3.TestFunctions.Forms;

/// <summary>
/// One member of the test-function family with its parameters bound: f, ∇f, and the same two as C#
/// lambdas. Implementations compute f in the same operation order as their expressions.
/// </summary>
internal interface ITestFunctionForm
{
    int Dimension { get; }

    double Value(double[] x);

    double[] Gradient(double[] x);

    string ValueExpression { get; }

    string GradientExpression { get; }

    string Description { get; }
}
