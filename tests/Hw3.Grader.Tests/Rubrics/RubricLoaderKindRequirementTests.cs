namespace Hw3.Grader.Tests.Rubrics;

/// <summary>What each check kind needs from its item, found when the rubric loads rather than when a batch is half graded.</summary>
public sealed class RubricLoaderKindRequirementTests
{
    [Fact]
    public void A_grid_needs_an_axis_for_every_parameter_of_its_member()
    {
        var json = RubricJson.WithItems(RubricJson.GridItem().Replace(", \"d2\": [1, 3]", "", StringComparison.Ordinal));

        var error = RubricJson.Errors(json).Should().ContainSingle().Subject;

        error.Path.Should().Be("$.items[0]");
        error.Line.Should().Be(5);
        error.Message.Should().Contain("Q1.InitScale takes \"d2\"").And.Contain("no axis of that name");
    }

    [Fact]
    public void A_grid_over_properties_needs_no_axes()
    {
        var json = RubricJson.WithItems("""{ "id": "p", "title": "P", "points": 1, "kind": "boolean", "members": ["Q2.OptimalAdamLearningRateShrinksWithWidth"] }""");

        RubricJson.Loaded(json).Items.Single().Kind.Name.Should().Be("boolean");
    }

    [Fact]
    public void A_gaussian_generator_on_a_member_it_cannot_fill_is_an_error()
    {
        // The gaussian generator fills only Q4 arguments (f, x, eps, mu, sigma, …); on Q1.InitScale(int d1, int d2)
        // planning the calls throws, so the rubric must be refused when it loads.
        var json = RubricJson.WithItems(
            RubricJson.GridItem().Replace("\"kind\": \"grid\"", "\"kind\": \"grid\", \"generator\": \"gaussian\"", StringComparison.Ordinal));

        RubricJson.Errors(json).Should().Contain(e => e.Path.StartsWith("$.items[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_on_an_axis_of_a_numeric_parameter_is_an_error()
    {
        // "16" (a string) would otherwise be planned as Q1.InitScale(0, …) without a word.
        var json = RubricJson.WithItems(RubricJson.GridItem().Replace("\"d1\": [1, 4]", "\"d1\": [1, \"16\"]", StringComparison.Ordinal));

        RubricJson.Errors(json).Should().Contain(e => e.Path.StartsWith("$.items[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_scaling_check_needs_fit_axes()
    {
        var json = RubricJson.WithItems("""
            { "id": "b", "title": "B", "points": 3, "kind": "scaling", "members": ["Q1.ExpectedSignUpdateRmsSquared"], "axes": { "d1": [1, 4], "d2": [1, 3] } }
            """);

        RubricJson.Errors(json).Should().Contain(e => e.Path == "$.items[0]" && e.Message.Contains("\"fitAxes\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_scaling_check_needs_every_parameter_on_both_grids()
    {
        var json = RubricJson.WithItems("""
            { "id": "b", "title": "B", "points": 3, "kind": "scaling", "members": ["Q1.ExpectedSignUpdateRmsSquared"],
              "axes": { "d1": [1, 4], "d2": [1, 3] }, "fitAxes": { "d1": [256, 1024] } }
            """);

        var error = RubricJson.Errors(json).Should().ContainSingle().Subject;

        error.Message.Should().Contain("takes \"d2\"").And.Contain("both \"axes\" and \"fitAxes\"");
    }

    [Theory]
    [InlineData("scaling", "Q1.WhyOnlyFanInMatters", "a method of numbers returning double")]
    [InlineData("choice", "Q2.OptimalAdamLearningRateShrinksWithWidth", "a string property")]
    [InlineData("boolean", "Q2.ActivationChangeGrowsWith", "a bool property")]
    [InlineData("exponent", "Q2.ActivationChangeGrowsWith", "a double property")]
    [InlineData("manual", "Q1.InitScale", "a property")]
    [InlineData("completion", "Q1.InitScale", "a property")]
    [InlineData("statistical", "Q4.ScoreFunctionIntegrand", "a Q4 estimator")]
    public void A_kind_on_a_member_of_the_wrong_shape_is_an_error_at_the_members(string kind, string member, string needed)
    {
        var json = RubricJson.WithItems($$"""
            { "id": "x", "title": "X", "points": 1, "kind": "{{kind}}", "members": ["{{member}}"],
              "axes": { "d1": [1], "d2": [1] }, "fitAxes": { "d1": [256, 1024], "d2": [2, 16] }, "choices": { "fan-in": [] },
              "cases": [{ "function": "linear", "parameters": [1, 2, 3, 0.5], "mu": [0, 0, 0], "sigma": 1 }], "samples": 100, "replicates": 4, "falseFailProbability": 1e-6 }
            """);

        var errors = RubricJson.Errors(json);

        var error = errors.Should().ContainSingle(string.Join("\n", errors)).Subject;
        error.Path.Should().Be("$.items[0].members");
        error.Line.Should().Be(5);
        error.Message.Should().Contain(member).And.Contain($"a {kind} check needs {needed}");
    }

    [Fact]
    public void A_choice_check_needs_choices()
    {
        var json = RubricJson.WithItems("""{ "id": "c", "title": "C", "points": 1, "kind": "choice", "members": ["Q2.ActivationChangeGrowsWith"] }""");

        RubricJson.Errors(json).Should().ContainSingle().Which.Message.Should().Contain("\"choices\"");
    }

    [Fact]
    public void Choices_must_be_arrays_of_spellings()
    {
        var json = RubricJson.WithItems("""{ "id": "c", "title": "C", "points": 1, "kind": "choice", "members": ["Q2.ActivationChangeGrowsWith"], "choices": { "fan-in": "fanin" } }""");

        RubricJson.Errors(json).Should().ContainSingle().Which.Path.Should().Be("$.items[0].choices.fan-in");
    }

    [Theory]
    [InlineData("\"samples\": 100, ")]
    [InlineData("\"replicates\": 4, ")]
    [InlineData("\"cases\": [{ \"function\": \"linear\", \"parameters\": [1, 2, 3, 0.5], \"mu\": [0, 0, 0], \"sigma\": 1 }], ")]
    public void A_statistical_check_needs_cases_samples_replicates_and_a_false_fail_probability(string leftOut)
    {
        var json = RubricJson.WithItems("""
            { "id": "s", "title": "S", "points": 4, "kind": "statistical", "members": ["Q4.EstimateGradientScoreFunction"],
              "cases": [{ "function": "linear", "parameters": [1, 2, 3, 0.5], "mu": [0, 0, 0], "sigma": 1 }], "samples": 100, "replicates": 4, "falseFailProbability": 1e-6 }
            """).Replace(leftOut, "", StringComparison.Ordinal);

        RubricJson.Errors(json).Should().ContainSingle().Which.Message.Should().Contain("a statistical check needs");
    }

    [Fact]
    public void A_statistical_check_without_a_false_fail_probability_is_an_error()
    {
        var json = RubricJson.WithItems("""
            { "id": "s", "title": "S", "points": 4, "kind": "statistical", "members": ["Q4.EstimateGradientScoreFunction"],
              "cases": [{ "function": "linear", "parameters": [1, 2, 3, 0.5], "mu": [0, 0, 0], "sigma": 1 }], "samples": 100, "replicates": 4 }
            """);

        RubricJson.Errors(json).Should().ContainSingle().Which.Message.Should().Contain("\"falseFailProbability\"");
    }
}
