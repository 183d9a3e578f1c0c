using System.Globalization;
using System.Text.RegularExpressions;
using Hw3.TestFunctions;

namespace Hw3.ReferenceSolutions.Tests.TestFunctions;

public sealed partial class TestFunctionFormattingTests
{
    [Fact]
    public void Linear_expression_reads_as_the_formula_with_double_literals()
    {
        var function = TestFunctionCatalog.Create(TestFunctionCatalog.Linear([1.5, -0.5], 2.0));

        function.ValueExpression.Should().Be("x => 1.5 * x[0] - 0.5 * x[1] + 2.0");
        function.GradientExpression.Should().Be("x => new double[] { 1.5, -0.5 }");
        function.Description.Should().Be("f(x) = b·x + c with b = [1.5, -0.5], c = 2");
    }

    [Fact]
    public void Every_number_in_an_expression_is_a_double_literal()
    {
        foreach (var spec in SampleFunctions.All)
        {
            var function = TestFunctionCatalog.Create(spec);
            foreach (var expression in new[] { function.ValueExpression, function.GradientExpression })
            {
                var withoutIndices = IndexPattern().Replace(expression, "x[]");
                NumberPattern().Matches(withoutIndices).Select(m => m.Value)
                    .Should().OnlyContain(n => n.Contains('.') || n.Contains('E'), expression);
            }
        }
    }

    [Fact]
    public void Numbers_round_trip_and_keep_their_exponent()
    {
        var function = TestFunctionCatalog.Create(TestFunctionCatalog.Linear([0.1 + 0.2, 1e20, 1e-7], -0.0));

        function.ValueExpression.Should().Be("x => 0.30000000000000004 * x[0] + 1E+20 * x[1] + 1E-07 * x[2] - 0.0");
        NumberPattern().Matches(function.ValueExpression).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture))
            .Should().Contain([0.1 + 0.2, 1e20, 1e-7]);
    }

    [Fact]
    public void Expressions_and_descriptions_ignore_the_current_culture()
    {
        var invariant = SampleFunctions.All.Select(Render).ToList();

        var commaCulture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        commaCulture.NumberFormat.NumberDecimalSeparator = ",";
        commaCulture.NumberFormat.NegativeSign = "~";
        commaCulture.NumberFormat.NumberGroupSeparator = ".";
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = commaCulture;
        try
        {
            (1.5).ToString(CultureInfo.CurrentCulture).Should().Be("1,5", "the probe culture must really differ");
            SampleFunctions.All.Select(Render).Should().Equal(invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static string Render(TestFunctionSpec spec)
    {
        var function = TestFunctionCatalog.Create(spec);
        return function.ValueExpression + "\n" + function.GradientExpression + "\n" + function.Description;
    }

    [GeneratedRegex(@"x\[\d+\]")]
    private static partial Regex IndexPattern();

    [GeneratedRegex(@"(?<![\w.])\d+(\.\d+)?(E[+-]?\d+)?")]
    private static partial Regex NumberPattern();
}
