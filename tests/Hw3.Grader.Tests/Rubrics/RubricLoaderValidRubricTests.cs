using Hw3.Grader.Checks.Kinds.Grid;
using Hw3.Grader.Checks.Kinds.Scaling;
using Hw3.Grader.Checks.Kinds.Statistical;
using Hw3.Grader.Checks.Kinds;
using System.Security.Cryptography;
using System.Text;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Tests.Rubrics;

public sealed class RubricLoaderValidRubricTests
{
    [Fact]
    public void A_minimal_rubric_loads_with_the_documented_defaults()
    {
        var rubric = RubricJson.Loaded(RubricJson.WithItems(RubricJson.GridItem()));

        rubric.Title.Should().Be("Test rubric");
        rubric.Version.Should().BeEmpty();
        rubric.Seed.Should().Be(7);
        rubric.FileName.Should().Be("test.json");
        rubric.SubmissionBudget.Should().Be(TimeSpan.FromSeconds(120));
        var item = rubric.Items.Should().ContainSingle().Subject;
        item.Id.Should().Be("a");
        item.Title.Should().Be("Item a");
        item.Points.Should().Be(2);
        item.Kind.Name.Should().Be("grid");
        item.Visibility.Should().Be(Visibility.Visible);
        item.Tolerance.Should().Be(Tolerance.Default);
        item.CallTimeout.Should().Be(TimeSpan.FromSeconds(5));
        item.Mistakes.Should().BeEmpty();
        item.Path.Should().Be("$.items[0]");
        item.Targets.Should().ContainSingle().Which.Accept.Should().Equal("Q1.InitScale");
        item.Settings.Should().BeOfType<GridSettings>().Which.ShowExpected.Should().BeFalse();
    }

    [Fact]
    public void The_rubric_hash_is_the_sha256_of_the_file_bytes()
    {
        var json = RubricJson.WithItems(RubricJson.GridItem());

        var rubric = RubricJson.Loaded(json);

        rubric.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))));
        RubricJson.Loaded(json.Replace("\"seed\": 7", "\"seed\": 8", StringComparison.Ordinal)).Sha256.Should().NotBe(rubric.Sha256);
    }

    [Fact]
    public void Limits_set_the_default_call_timeout_and_the_budget_and_an_item_may_override_the_timeout()
    {
        var json = """
            {
              "title": "T", "seed": 1,
              "limits": { "callTimeoutSeconds": 2, "submissionBudgetSeconds": 30 },
              "items": [
                { "id": "a", "title": "A", "points": 1, "kind": "grid", "members": ["Q1.InitScale"], "axes": { "d1": [1], "d2": [1] } },
                { "id": "b", "title": "B", "points": 1, "kind": "grid", "members": ["Q1.InitScale"], "axes": { "d1": [1], "d2": [1] }, "callTimeoutSeconds": 0.5 }
              ]
            }
            """;

        var rubric = RubricJson.Loaded(json);

        rubric.SubmissionBudget.Should().Be(TimeSpan.FromSeconds(30));
        rubric.Items[0].CallTimeout.Should().Be(TimeSpan.FromSeconds(2));
        rubric.Items[1].CallTimeout.Should().Be(TimeSpan.FromSeconds(0.5));
    }

    [Fact]
    public void Comments_in_the_rubric_are_allowed()
    {
        var json = RubricJson.WithItems("// the only item\n    " + RubricJson.GridItem());

        RubricJson.Loaded(json).Items.Should().ContainSingle();
    }

    [Fact]
    public void Accepted_forms_become_the_references_of_a_target()
    {
        var json = RubricJson.WithItems("""
            { "id": "b", "title": "B", "points": 3, "kind": "scaling",
              "members": [{ "member": "Q1.ExpectedSignUpdateRmsSquared", "accept": ["Q1.ExpectedSignUpdateRmsSquared", "Q1.ExpectedSignUpdateRmsSquared#leading-term"] }],
              "axes": { "d1": [1, 4], "d2": [1, 3] }, "fitAxes": { "d1": [256, 1024], "d2": [2, 16] }, "partialCredit": 0.5 }
            """);

        var item = RubricJson.Loaded(json).Items.Single();

        var target = item.Targets.Should().ContainSingle().Subject;
        target.Member.Id.Should().Be("Q1.ExpectedSignUpdateRmsSquared");
        target.Accept.Should().Equal("Q1.ExpectedSignUpdateRmsSquared", "Q1.ExpectedSignUpdateRmsSquared#leading-term");
        var settings = item.Settings.Should().BeOfType<ScalingSettings>().Subject;
        settings.PartialCredit.Should().Be(0.5);
        settings.ConstantIsFree.Should().BeFalse();
        settings.FitAxes.Select(a => a.Name).Should().Equal("d1", "d2");
    }

    [Fact]
    public void Axes_keep_their_numbers_and_names_in_file_order()
    {
        var json = RubricJson.WithItems("""
            { "id": "q4a", "title": "4(a)", "points": 2, "kind": "grid", "members": ["Q4.ScoreFunctionIntegrand"], "generator": "gaussian",
              "axes": { "function": ["linear", "exp"], "k": [1, 3, 8], "sigma": [0.3, 2.5] } }
            """);

        var item = RubricJson.Loaded(json).Items.Single();

        var settings = item.Settings.Should().BeOfType<GridSettings>().Subject;
        settings.Generator.Should().Be("gaussian");
        settings.Axes.Select(a => a.Name).Should().Equal("function", "k", "sigma");
        settings.Axes[0].Values.Select(v => v.Name).Should().Equal("linear", "exp");
        settings.Axes[1].Values.Select(v => v.Number).Should().Equal(1, 3, 8);
        settings.Axes[2].Values.Select(v => v.ToString()).Should().Equal("0.3", "2.5");
    }

    [Fact]
    public void Manual_points_are_counted_apart_from_automatic_points()
    {
        var json = RubricJson.WithItems(
            RubricJson.GridItem(),
            """{ "id": "m", "title": "M", "points": 4, "kind": "manual", "members": ["Q1.WhyOnlyFanInMatters"] }""");

        var rubric = RubricJson.Loaded(json);

        rubric.AutoPoints.Should().Be(2);
        rubric.ManualPoints.Should().Be(4);
        rubric.Items[1].IsManual.Should().BeTrue();
    }

    [Fact]
    public void A_statistical_item_keeps_its_cases_and_limits()
    {
        var json = RubricJson.WithItems("""
            { "id": "s", "title": "S", "points": 4, "kind": "statistical", "members": ["Q4.EstimateGradientScoreFunction"],
              "cases": [{ "function": "linear", "parameters": [1, 2, 3, 0.5], "mu": [0, 0, 0], "sigma": 2.5 }], "samples": 100, "replicates": 4, "falseFailProbability": 1e-6 }
            """);

        var settings = RubricJson.Loaded(json).Items.Single().Settings.Should().BeOfType<StatisticalSettings>().Subject;

        settings.Cases.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Function = "linear", Parameters = new[] { 1.0, 2, 3, 0.5 }, Mu = new[] { 0.0, 0, 0 }, Sigma = 2.5, Dimension = 3 });
        settings.Samples.Should().Be(100);
        settings.Replicates.Should().Be(4);
        settings.FalseFailProbability.Should().Be(1e-6);
    }

    [Fact]
    public void A_manual_item_needs_no_reference_for_its_member()
    {
        // Free-text, completion and estimator members have no reference by design (see ReferenceCatalog):
        // a loader that knows only the computed answers must still accept items that check them.
        var loader = CheckKinds.RubricLoader(name => RubricJson.References.Contains(name), name => RubricJson.Formulas.Contains(name));
        var json = RubricJson.WithItems(
            """{ "id": "m", "title": "M", "points": 2, "kind": "manual", "members": ["Q1.WhyOnlyFanInMatters"] }""",
            """{ "id": "c", "title": "C", "points": 1, "kind": "completion", "members": ["Q6.Sources", "Q6.HoursSpent"] }""",
            """
            { "id": "s", "title": "S", "points": 4, "kind": "statistical", "members": ["Q4.EstimateGradientScoreFunction"],
              "cases": [{ "function": "linear", "parameters": [1, 2, 3, 0.5], "mu": [0, 0, 0], "sigma": 2.5 }], "samples": 100, "replicates": 4, "falseFailProbability": 1e-6 }
            """);

        var result = loader.Load(Encoding.UTF8.GetBytes(json), "test.json");

        result.Errors.Should().BeEmpty();
        result.Success.Should().BeTrue();
    }

    [Fact]
    public void A_missing_rubric_file_is_an_error_that_names_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "hw3.json");

        var result = RubricJson.Loader().LoadFile(path);

        result.Success.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Message.Should().Contain(path);
        result.FileName.Should().Be("hw3.json");
    }

    [Fact]
    public void Describe_names_the_file_and_lists_every_error_on_its_own_line()
    {
        var json = RubricJson.WithItems(
            RubricJson.GridItem().Replace("\"points\": 2", "\"points\": -2", StringComparison.Ordinal),
            RubricJson.GridItem("b").Replace("\"kind\": \"grid\"", "\"kind\": \"gird\"", StringComparison.Ordinal));

        var result = RubricJson.Load(json);
        var lines = result.Describe().Split(Environment.NewLine);

        lines[0].Should().Contain("test.json");
        lines.Skip(1).Should().HaveCount(result.Errors.Count).And.HaveCountGreaterThanOrEqualTo(2)
            .And.OnlyContain(line => line.StartsWith("  - $.items[", StringComparison.Ordinal) && line.Contains("(line ", StringComparison.Ordinal));
    }
}
