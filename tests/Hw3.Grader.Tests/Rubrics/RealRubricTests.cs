using Hw3.Grader.Checks.Kinds.Grid;
using Hw3.Grader.Checks.Kinds.Scaling;
using Hw3.Grader.Checks.Kinds.Statistical;
using Hw3.Grader.Cli;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Tests.Rubrics;

/// <summary>The rubric the course grades with, <c>rubrics/hw3.json</c>, loaded with the real reference and mistake catalogs.</summary>
public sealed class RealRubricTests
{
    private static readonly string[] FrozenItemIds =
    [
        "q1a.rms", "q1a.scale", "q1b.rms", "q1b.scale", "q1c", "q2a.growth", "q2b.norm", "q2c.input", "q2c.hidden", "q2c.output",
        "q2d.scaled", "q2e.trends", "q2e.notes", "q3a.trends", "q3a.text", "q3b.exponents", "q3c.exponents", "q3c.text", "q3c.upper", "q3c.lower", "q4a", "q4b",
        "q4c", "q4d", "q4e", "q4e.proof", "q4.estimators", "q5a", "q5b", "q5c", "q5.general", "q6",
    ];

    private static Rubric Rubric => RealRubric.Rubric;

    [Fact]
    public void The_real_rubric_loads_without_errors()
    {
        var result = GraderServices.LoadRubric(Repository.Rubric);

        result.Errors.Select(e => e.ToString()).Should().BeEmpty();
        result.Should().BeOfType<RubricLoadResult.Loaded>().Which.Rubric.FileName.Should().Be("hw3.json");
    }

    [Fact]
    public void Every_check_of_the_real_rubric_computes_its_references_before_any_student_call()
    {
        foreach (var check in RealRubric.Session.Checks)
        {
            check.Invoking(c => c.ComputeReferences()).Should().NotThrow($"{check.Item.Id} computes its references ahead");
        }
    }

    [Fact]
    public async Task The_session_computes_its_references_once_in_the_background()
    {
        var session = GraderServices.CreateSession(Rubric);

        var first = session.StartComputingReferences();
        await first;

        session.StartComputingReferences().Should().BeSameAs(first);
        first.IsCompletedSuccessfully.Should().BeTrue();
    }

    [Fact]
    public void The_real_rubric_holds_exactly_the_frozen_item_ids()
    {
        Rubric.Items.Select(i => i.Id).Should().BeEquivalentTo(FrozenItemIds).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Only_the_general_cost_model_item_and_the_guessable_items_are_hidden_before_the_due_date()
    {
        var general = Rubric.Items.Single(i => i.Id == "q5.general");

        general.Visibility.Should().Be(Visibility.AfterDueDate);
        Visibility.IsVisibleBeforeDeadline(general.Visibility).Should().BeFalse();
        Rubric.Items.Where(i => !Visibility.IsVisibleBeforeDeadline(i.Visibility)).Select(i => i.Id)
            .Should().Equal("q2a.growth", "q2b.norm", "q2e.trends", "q3a.trends", "q5.general");
    }

    [Fact]
    public void The_statistical_item_fails_a_correct_estimator_with_probability_at_most_one_in_a_million()
    {
        var statistical = Rubric.Items.Should().ContainSingle(i => i.Settings is StatisticalSettings).Subject;

        statistical.Id.Should().Be("q4.estimators");
        ((StatisticalSettings)statistical.Settings).FalseFailProbability.Should().BePositive().And.BeLessThanOrEqualTo(1e-6);
        statistical.Targets.Select(t => t.Member.Id).Should().BeEquivalentTo(["Q4.EstimateGradientScoreFunction", "Q4.EstimateGradientReparameterization"]);
    }

    [Fact]
    public void Every_grid_over_d2_includes_a_d2_other_than_one()
    {
        var items = ItemsTaking("d2");

        items.Select(i => i.Id).Should().Contain(["q1a.rms", "q1a.scale", "q1b.rms", "q1b.scale"]);
        items.Should().OnlyContain(i => AxisNumbers(AxesOf(i), "d2").Any(v => v != 1));
    }

    [Fact]
    public void Every_grid_over_sigma_includes_a_sigma_other_than_one()
    {
        var items = ItemsTaking("sigma").Where(i => i.Settings is not StatisticalSettings).ToList();

        items.Select(i => i.Id).Should().Contain(["q4a", "q4b", "q4c", "q4e"]);
        items.Should().OnlyContain(i => AxisNumbers(AxesOf(i), "sigma").Any(v => v != 1));
        ((StatisticalSettings)Rubric.Items.Single(i => i.Id == "q4.estimators").Settings).Cases.Should().OnlyContain(c => c.Sigma != 1);
    }

    [Fact]
    public void Every_gaussian_grid_covers_dimensions_one_three_and_eight()
    {
        var items = Rubric.Items.Where(i => i.Settings is GridSettings { Generator: "gaussian" }).ToList();

        items.Select(i => i.Id).Should().BeEquivalentTo(["q4a", "q4b", "q4c", "q4d", "q4e"]);
        items.Should().OnlyContain(i => new[] { 1.0, 3.0, 8.0 }.All(AxisNumbers(AxesOf(i), "k").Contains));
    }

    [Fact]
    public void The_q5_items_ask_about_the_handouts_network()
    {
        foreach (var id in new[] { "q5a", "q5b", "q5c" })
        {
            var axes = AxesOf(Rubric.Items.Single(i => i.Id == id));
            AxisNumbers(axes, "layers").Should().Equal(10);
            AxisNumbers(axes, "checkpointEvery").Should().Equal(5);
        }

        var timing = AxesOf(Rubric.Items.Single(i => i.Id == "q5c"));
        AxisNumbers(timing, "fwdNs").Should().Equal(20);
        AxisNumbers(timing, "loadMemNs").Should().Equal(10);
    }

    [Fact]
    public void Every_free_text_item_is_worth_points_for_staff()
    {
        Rubric.Items.Where(i => i.IsManual).Select(i => i.Id).Should().BeEquivalentTo(["q1c", "q2e.notes", "q3a.text", "q3c.text", "q3c.upper", "q3c.lower", "q4e.proof"]);
        Rubric.ManualPoints.Should().BePositive();
        Rubric.Items.Should().OnlyContain(i => i.Points > 0);
    }

    [Fact]
    public void The_readme_maps_every_rubric_item_to_its_handout_part_and_nothing_else()
    {
        var readme = File.ReadAllLines(Path.Combine(Repository.Root, "README.md"));
        var start = Array.FindIndex(readme, l => l.StartsWith("### Which handout part each item grades", StringComparison.Ordinal));
        start.Should().BePositive("README.md has the table of handout parts");
        var ids = readme.Skip(start + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).Skip(2)
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries)[1].Trim('`'))
            .ToList();

        ids.Should().Equal(Rubric.Items.Select(i => i.Id), "the table lists the rubric's items in the rubric's order");
    }

    [Fact]
    public void Every_item_plans_its_calls_when_a_session_is_built()
    {
        var session = GraderServices.CreateSession(Rubric);

        session.Checks.Select(c => c.Item.Id).Should().Equal(Rubric.Items.Select(i => i.Id));
        session.Checks.Should().OnlyContain(c => c.PlanCalls().Count > 0);
        session.Calls.Select(c => c.Call.Key).Should().OnlyHaveUniqueItems();
        var estimators = session.Calls.Where(c => c.Call.MemberName.StartsWith("EstimateGradient", StringComparison.Ordinal)).ToList();
        estimators.Should().NotBeEmpty().And.OnlyContain(c => c.Timeout == TimeSpan.FromSeconds(10));
        session.Calls.Except(estimators).Should().OnlyContain(c => c.Timeout == TimeSpan.FromSeconds(5));
    }

    private static List<RubricItem> ItemsTaking(string parameter) =>
        Rubric.Items.Where(i => i.Targets.Any(t => t.Member.ParameterNames?.Contains(parameter) == true)).ToList();

    /// <summary>The axes a grid or scaling item compares values on.</summary>
    private static IReadOnlyList<Axis> AxesOf(RubricItem item) => item.Settings switch
    {
        GridSettings grid => grid.Axes,
        ScalingSettings scaling => scaling.Axes,
        _ => [],
    };

    private static List<double> AxisNumbers(IReadOnlyList<Axis> axes, string name) =>
        axes.Single(a => a.Name == name).Values.Select(v => v.Number ?? double.NaN).ToList();
}
