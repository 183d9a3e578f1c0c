using Hw3.Grader.AnswerApi;
using Hw3.Grader.Checks;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Rubrics;
using Hw3.TestFunctions;

namespace Hw3.Grader.Tests.Checks;

public sealed class GridPlannerTests
{
    private static Axis Numbers(string name, params double[] values) => new(name, values.Select(v => new AxisValue(v, null)).ToList());

    private static Axis Names(string name, params string[] values) => new(name, values.Select(v => new AxisValue(null, v)).ToList());

    [Fact]
    public void A_direct_grid_is_the_cartesian_product_in_parameter_order()
    {
        var axes = new[] { Numbers("d2", 1, 3), Numbers("d1", 4, 16), Numbers("unused", 99) };

        var calls = GridPlanner.Plan(AnswerApiCatalog.Get("Q1.InitScale"), axes, null, 1, "q1a.scale");

        calls.Select(c => c.Key).Should().Equal("Q1.InitScale(4, 1)", "Q1.InitScale(4, 3)", "Q1.InitScale(16, 1)", "Q1.InitScale(16, 3)");
        calls.Should().OnlyContain(c => c.ParameterTypes!.SequenceEqual(new[] { "int", "int" }));
    }

    [Fact]
    public void Numbers_become_ints_or_doubles_as_the_parameter_needs()
    {
        var axes = new[] { Numbers("layers", 12), Numbers("checkpointEvery", 3.6), Numbers("fwdNs", 7.5), Numbers("loadMemNs", 3) };

        var call = GridPlanner.Plan(AnswerApiCatalog.Get("Q5.BreakEvenLoadDiskNs"), axes, null, 1, "q5.general").Single();

        call.Arguments.Select(a => a.Kind).Should().Equal(WireKind.Int, WireKind.Int, WireKind.Double, WireKind.Double);
        call.Key.Should().Be("Q5.BreakEvenLoadDiskNs(12, 4, 7.5, 3.0)");
    }

    [Fact]
    public void A_property_is_read_once_without_arguments()
    {
        var call = GridPlanner.Plan(AnswerApiCatalog.Get("Q2.ActivationChangeGrowsWith"), [Numbers("d1", 1, 2)], null, 1, "q2a.growth").Single();

        call.ParameterTypes.Should().BeNull();
        call.Arguments.Should().BeEmpty();
        call.Key.Should().Be("Q2.ActivationChangeGrowsWith");
    }

    [Fact]
    public void The_gaussian_generator_walks_function_k_and_sigma_and_fills_every_q4_argument()
    {
        var axes = new[] { Names("function", "linear", "exp"), Numbers("k", 1, 8), Numbers("sigma", 0.3, 2.5) };

        var calls = GridPlanner.Plan(AnswerApiCatalog.Get("Q4.ScoreFunctionIntegrand"), axes, "gaussian", 182003, "q4a");

        calls.Should().HaveCount(8);
        calls.Select(c => c.Arguments[0].Function!.Name).Should().Equal("linear", "linear", "linear", "linear", "exp", "exp", "exp", "exp");
        calls.Select(c => c.Arguments[1].Numbers!.Length).Should().Equal(1, 1, 8, 8, 1, 1, 8, 8);
        calls.Select(c => c.Arguments[3].Number).Should().Equal(0.3, 2.5, 0.3, 2.5, 0.3, 2.5, 0.3, 2.5);
        calls.Should().OnlyContain(c => c.Arguments.Select(a => a.Kind).SequenceEqual(new[] { WireKind.Function, WireKind.DoubleArray, WireKind.DoubleArray, WireKind.Double }));
        calls.Should().OnlyContain(c => c.Arguments[2].Numbers!.Length == c.Arguments[1].Numbers!.Length);
        calls.Should().OnlyContain(c => TestFunctionCatalog.Create(c.Arguments[0].Function!).Dimension == c.Arguments[1].Numbers!.Length);
        calls.SelectMany(c => c.Arguments[2].Numbers!).Should().OnlyContain(m => m >= -1 && m <= 1);
        calls.SelectMany(c => c.Arguments[1].Numbers!).Should().OnlyContain(x => Math.Round(x, 6) == x);
    }

    [Fact]
    public void The_gaussian_generator_repeats_for_a_seed_and_changes_with_the_seed_and_the_item()
    {
        var member = AnswerApiCatalog.Get("Q4.ReparameterizedGradientIntegrand");
        var axes = new[] { Names("function", "quadratic", "sine-product"), Numbers("k", 3), Numbers("sigma", 1) };
        IEnumerable<string> Keys(int seed, string item) => GridPlanner.Plan(member, axes, "gaussian", seed, item).Select(c => c.Key);

        Keys(7, "q4c").Should().Equal(Keys(7, "q4c"));
        Keys(7, "q4c").Should().NotIntersectWith(Keys(8, "q4c"));
        Keys(7, "q4c").Should().NotIntersectWith(Keys(7, "q4c.other"));
    }

    [Fact]
    public void The_gaussian_generator_gives_draws_their_own_inputs()
    {
        var axes = new[] { Numbers("k", 3), Numbers("draw", 1, 2, 3) };

        var calls = GridPlanner.Plan(AnswerApiCatalog.Get("Q4.GeneralScoreFunctionIntegrand"), axes, "gaussian", 1, "q4d");

        calls.Should().HaveCount(3);
        calls.Select(c => c.Key).Should().OnlyHaveUniqueItems();
        calls.Should().OnlyContain(c => c.Arguments[0].Kind == WireKind.Double && c.Arguments[0].Number >= -2 && c.Arguments[0].Number <= 2);
        calls.Should().OnlyContain(c => c.Arguments[1].Numbers!.Length == 3);
    }

    [Fact]
    public void Missing_gaussian_axes_fall_back_to_one_linear_function_in_three_dimensions_with_unit_sigma()
    {
        var call = GridPlanner.Plan(AnswerApiCatalog.Get("Q4.GaussianReparameterization"), [], "gaussian", 1, "q4e").Single();

        call.Arguments[0].Numbers.Should().HaveCount(3);
        call.Arguments[2].Number.Should().Be(1.0);
    }

    [Fact]
    public void The_product_of_no_lists_is_one_empty_combination()
    {
        GridPlanner.Product<int>([]).Should().ContainSingle().Which.Should().BeEmpty();
        GridPlanner.Product<int>([[1, 2], []]).Should().BeEmpty();
        GridPlanner.Product<int>([[1, 2], [3]]).Select(p => string.Join(",", p)).Should().Equal("1,3", "2,3");
    }
}
