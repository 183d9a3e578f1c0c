namespace Hw3.Grader.Tests.Rubrics;

/// <summary>Names a rubric uses that mean nothing: kinds, visibilities, generators, ids, members, references, formulas, test functions.</summary>
public sealed class RubricLoaderNameErrorTests
{
    [Theory]
    [InlineData("gird")]
    [InlineData("1")]
    [InlineData("grid,choice")]
    [InlineData("scaling, choice")]
    public void An_unknown_kind_is_an_error_that_lists_the_kinds(string kind)
    {
        var json = RubricJson.WithItems(RubricJson.GridItem().Replace("\"kind\": \"grid\"", $"\"kind\": \"{kind}\"", StringComparison.Ordinal));

        var errors = RubricJson.Errors(json);

        var error = errors.Should().ContainSingle(e => e.Path == "$.items[0].kind", string.Join("\n", errors)).Subject;
        error.Message.Should().Contain($"unknown kind \"{kind}\"").And.Contain("grid, scaling, choice, boolean, exponent, statistical, manual, completion");
        error.Line.Should().Be(5);
    }

    [Fact]
    public void An_unknown_visibility_is_an_error_that_lists_gradescope_visibilities()
    {
        var json = RubricJson.WithItems(RubricJson.GridItem().Replace("\"points\": 2", "\"points\": 2, \"visibility\": \"after_deadline\"", StringComparison.Ordinal));

        var error = RubricJson.Errors(json).Should().ContainSingle().Subject;

        error.Path.Should().Be("$.items[0].visibility");
        error.Message.Should().Contain("unknown visibility \"after_deadline\"").And.Contain("visible, hidden, after_due_date, after_published");
    }

    [Fact]
    public void An_unknown_generator_is_an_error()
    {
        var json = RubricJson.WithItems("""
            { "id": "q4a", "title": "4(a)", "points": 2, "kind": "grid", "members": ["Q4.ScoreFunctionIntegrand"], "generator": "gausian",
              "axes": { "function": ["linear"], "k": [1], "sigma": [0.3] } }
            """);

        var error = RubricJson.Errors(json).Should().ContainSingle(e => e.Path == "$.items[0].generator").Subject;

        error.Message.Should().Contain("unknown generator \"gausian\"").And.Contain("gaussian");
    }

    [Fact]
    public void A_duplicate_item_id_is_an_error_that_names_the_first_use()
    {
        var json = RubricJson.WithItems(RubricJson.GridItem("q1a.rms"), RubricJson.GridItem("q1a.rms"));

        var error = RubricJson.Errors(json).Should().ContainSingle().Subject;

        error.Path.Should().Be("$.items[1].id");
        error.Line.Should().Be(6);
        error.Message.Should().Contain("duplicate item id \"q1a.rms\"").And.Contain("$.items[0]");
    }

    [Fact]
    public void A_member_outside_the_answer_api_is_an_error()
    {
        var json = RubricJson.WithItems(RubricJson.GridItem().Replace("Q1.InitScale", "Q1.InitScal", StringComparison.Ordinal));

        var error = RubricJson.Errors(json).Should().ContainSingle().Subject;

        error.Path.Should().Be("$.items[0].members[0]");
        error.Message.Should().Contain("\"Q1.InitScal\" is not a member of the answer API");
    }

    [Fact]
    public void An_accepted_form_without_a_reference_is_an_error()
    {
        var json = RubricJson.WithItems(RubricJson.GridItem().Replace(
            "[\"Q1.InitScale\"]", "[{ \"member\": \"Q1.InitScale\", \"accept\": [\"Q1.InitScale\", \"Q1.InitScale#typo\"] }]", StringComparison.Ordinal));

        var error = RubricJson.Errors(json).Should().ContainSingle().Subject;

        error.Path.Should().Be("$.items[0].members[0]");
        error.Message.Should().Contain("no reference named \"Q1.InitScale#typo\"");
    }

    [Fact]
    public void A_member_without_a_reference_is_an_error_for_a_computed_answer()
    {
        var loader = Hw3.Grader.Checks.Kinds.CheckKinds.RubricLoader(_ => false, _ => true);
        var json = RubricJson.WithItems(RubricJson.GridItem());

        var result = loader.Load(System.Text.Encoding.UTF8.GetBytes(json), "test.json");

        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("no reference named \"Q1.InitScale\"");
    }

    [Fact]
    public void An_unknown_mistake_formula_is_an_error_at_the_formula()
    {
        var json = RubricJson.WithItems(RubricJson.GridItem().Replace(
            "\"points\": 2", "\"points\": 2, \"mistakes\": [{ \"id\": \"m\", \"formula\": \"q1.d3\", \"message\": \"Hint.\" }]", StringComparison.Ordinal));

        var error = RubricJson.Errors(json).Should().ContainSingle().Subject;

        error.Path.Should().Be("$.items[0].mistakes[0].formula");
        error.Message.Should().Contain("no mistake formula named \"q1.d3\"");
    }

    [Fact]
    public void A_mistake_without_a_message_is_an_error()
    {
        var json = RubricJson.WithItems(RubricJson.GridItem().Replace(
            "\"points\": 2", "\"points\": 2, \"mistakes\": [{ \"id\": \"m\", \"formula\": \"q1.d2\" }]", StringComparison.Ordinal));

        RubricJson.Errors(json).Should().ContainSingle().Which.Path.Should().Be("$.items[0].mistakes[0].message");
    }

    [Fact]
    public void An_unknown_test_function_in_a_statistical_case_is_an_error()
    {
        var json = RubricJson.WithItems("""
            { "id": "s", "title": "S", "points": 4, "kind": "statistical", "members": ["Q4.EstimateGradientScoreFunction"],
              "cases": [{ "function": "cubic", "parameters": [1], "mu": [0], "sigma": 1 }], "samples": 100, "replicates": 4, "falseFailProbability": 1e-6 }
            """);

        var errors = RubricJson.Errors(json);

        errors.Should().Contain(e => e.Path == "$.items[0].cases[0].function" && e.Message.Contains("unknown test function \"cubic\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"mu\": [0, 0, 0]", "\"mu\": [0, 0]", "$.items[0].cases[0].mu")]
    [InlineData("\"parameters\": [1, 2, 3, 0.5]", "\"parameters\": []", "$.items[0].cases[0].parameters")]
    [InlineData("\"sigma\": 1", "\"sigma\": 0", "$.items[0].cases[0].sigma")]
    [InlineData("\"samples\": 100", "\"samples\": 0", "$.items[0].samples")]
    [InlineData("\"replicates\": 4", "\"replicates\": 1", "$.items[0].replicates")]
    [InlineData("\"falseFailProbability\": 1e-6", "\"falseFailProbability\": 0.5", "$.items[0].falseFailProbability")]
    public void A_statistical_setting_out_of_range_is_an_error_at_its_path(string original, string replacement, string path)
    {
        var json = RubricJson.WithItems("""
            { "id": "s", "title": "S", "points": 4, "kind": "statistical", "members": ["Q4.EstimateGradientScoreFunction"],
              "cases": [{ "function": "linear", "parameters": [1, 2, 3, 0.5], "mu": [0, 0, 0], "sigma": 1 }], "samples": 100, "replicates": 4, "falseFailProbability": 1e-6 }
            """).Replace(original, replacement, StringComparison.Ordinal);

        RubricJson.Errors(json).Should().Contain(e => e.Path == path);
    }
}
