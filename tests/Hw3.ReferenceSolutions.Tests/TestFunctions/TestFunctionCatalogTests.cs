using Hw3.TestFunctions;

namespace Hw3.ReferenceSolutions.Tests.TestFunctions;

public sealed class TestFunctionCatalogTests
{
    [Fact]
    public void Every_listed_name_builds_a_function_of_the_dimension_its_parameters_imply()
    {
        TestFunctionCatalog.Names.Should().Equal("linear", "quadratic", "exp", "sine-product");

        TestFunctionCatalog.Create(TestFunctionCatalog.Linear([1.0, 2.0, 3.0], 4.0)).Dimension.Should().Be(3);
        TestFunctionCatalog.Create(TestFunctionCatalog.Quadratic([1.0, 2.0], [3.0, 4.0])).Dimension.Should().Be(2);
        TestFunctionCatalog.Create(TestFunctionCatalog.Exponential([1.0])).Dimension.Should().Be(1);
        TestFunctionCatalog.Create(TestFunctionCatalog.SineProduct([1.0, 2.0, 3.0, 4.0])).Dimension.Should().Be(4);
    }

    [Fact]
    public void Values_follow_the_definitions()
    {
        double[] x = [0.5, -2.0];

        TestFunctionCatalog.Create(TestFunctionCatalog.Linear([3.0, 1.0], 4.0)).Value(x).Should().Be(3.0 * 0.5 + 1.0 * -2.0 + 4.0);
        TestFunctionCatalog.Create(TestFunctionCatalog.Quadratic([2.0, -1.0], [1.0, 3.0])).Value(x)
            .Should().Be(2.0 * 0.25 + 1.0 * 0.5 - 1.0 * 4.0 + 3.0 * -2.0);
        TestFunctionCatalog.Create(TestFunctionCatalog.Exponential([1.0, 0.5])).Value(x).Should().Be(Math.Exp(0.5 - 1.0));
        TestFunctionCatalog.Create(TestFunctionCatalog.SineProduct([1.0, 0.5])).Value(x).Should().Be(Math.Sin(0.5) * Math.Sin(-1.0));
    }

    [Theory]
    [InlineData("cubic", new[] { 1.0 }, "cubic")]
    [InlineData("linear", new[] { 1.0 }, "at least 2")]
    [InlineData("quadratic", new[] { 1.0, 2.0, 3.0 }, "even")]
    [InlineData("exp", new double[0], "got none")]
    [InlineData("sine-product", new double[0], "got none")]
    [InlineData("exp", new[] { 1.0, double.NaN }, "finite")]
    public void Bad_specs_are_refused_with_a_message_naming_the_problem(string name, double[] parameters, string problem) =>
        FluentActions.Invoking(() => TestFunctionCatalog.Create(new TestFunctionSpec(name, parameters)))
            .Should().Throw<ArgumentException>().WithMessage($"*{problem}*");

    [Fact]
    public void Inputs_of_the_wrong_dimension_are_refused()
    {
        var function = TestFunctionCatalog.Create(TestFunctionCatalog.Linear([1.0, 2.0], 0.0));

        FluentActions.Invoking(() => function.Value([1.0])).Should().Throw<ArgumentException>().WithMessage("*2*1*");
        FluentActions.Invoking(() => function.Gradient([1.0, 2.0, 3.0])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => TestFunctionCatalog.Quadratic([1.0], [1.0, 2.0])).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_function_keeps_its_own_copy_of_the_parameters()
    {
        double[] parameters = [1.0, 2.0];
        var function = TestFunctionCatalog.Create(new TestFunctionSpec("exp", parameters));
        parameters[0] = 100.0;

        function.Value([1.0, 0.0]).Should().Be(Math.Exp(1.0));
        function.Spec.Parameters.Should().Equal(1.0, 2.0);
        function.Gradient([0.0, 0.0]).Should().Equal(1.0, 2.0);
    }
}
