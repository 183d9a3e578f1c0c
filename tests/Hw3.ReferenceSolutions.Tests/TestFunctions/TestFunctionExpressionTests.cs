using Hw3.TestFunctions;

namespace Hw3.ReferenceSolutions.Tests.TestFunctions;

/// <summary>The C# lambdas compile and compute the same numbers as the functions themselves.</summary>
public sealed class TestFunctionExpressionTests(CompiledExpressions compiled) : IClassFixture<CompiledExpressions>
{
    [Fact]
    public void Every_expression_compiles_as_a_func()
    {
        compiled.Errors.Should().BeEmpty();
        compiled.Values.Should().HaveCount(SampleFunctions.All.Count);
        compiled.Gradients.Should().HaveCount(SampleFunctions.All.Count);
    }

    [Fact]
    public void Compiled_expressions_compute_exactly_what_value_and_gradient_compute()
    {
        var rng = new Random(4);
        for (var s = 0; s < SampleFunctions.All.Count; s++)
        {
            var function = TestFunctionCatalog.Create(SampleFunctions.All[s]);
            for (var trial = 0; trial < 20; trial++)
            {
                var x = SampleFunctions.Point(rng, function.Dimension);

                compiled.Values[s](x).Should().Be(function.Value(x), function.ValueExpression);
                compiled.Gradients[s](x).Should().Equal(function.Gradient(x), function.GradientExpression);
            }
        }
    }
}
