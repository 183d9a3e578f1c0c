using Hw3.Grader.Checks.Kinds.Behaviour;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Tests.Rubrics;

namespace Hw3.Grader.Tests.Checks.Behaviour;

/// <summary>Q2(c) graded by what the student's rates do to a real coordinate check, trained in the grader.</summary>
public sealed class BehaviourCheckTests
{
    [Theory]
    [InlineData("q2c.input")]
    [InlineData("q2c.hidden")]
    [InlineData("q2c.output")]
    public void The_reference_rates_keep_every_layer_flat_and_earn_full_credit(string itemId)
    {
        var result = FakeStudent.Reference.Grade(itemId);

        result.Status.Should().Be(ItemStatus.Passed, result.Details);
        result.Reason.Should().Be("correct");
        result.Details.Should().Contain(": flat.").And.NotContain("drifts").And.Contain("| width |");
    }

    [Fact]
    public void Standard_parameterization_hidden_rates_drift_like_width_in_every_hidden_layer()
    {
        var result = FakeStudent.Reference.With("Q2.HiddenLayerLearningRate", a => a.Double(0)).Grade("q2c.hidden");

        result.Score.Should().Be(0, result.Details);
        result.Status.Should().Be(ItemStatus.Failed);
        result.Reason.Should().StartWith("drifts with width: hidden layer 1 ~ width^+0.9").And.Contain("hidden layer 2 ~ width^+0.9");
        result.Details.Should().Contain("✗ hidden layer 1 (width → width) drifts").And.Contain("✗ hidden layer 2 (width → width) drifts")
            .And.Contain("| width | hidden layer 1: yours | μP | SP | hidden layer 2: yours | μP | SP |")
            .And.Contain("| 1024 |").And.Contain("| slope |");
        result.Mistakes.Should().Equal("constant");
        result.Details.Should().Contain("Hint: " + RealRubric.Item("q2c.hidden").Mistakes.Single(m => m.Id == "constant").Message);
    }

    [Fact]
    public void A_standard_parameterization_output_rate_drifts_like_width()
    {
        var result = FakeStudent.Reference.With("Q2.OutputLayerLearningRate", a => a.Double(0)).Grade("q2c.output");

        result.Score.Should().Be(0, result.Details);
        result.Reason.Should().StartWith("drifts with width: output layer ~ width^+0.9");
        result.Details.Should().Contain("✗ output layer (width → 10 logits) drifts");
    }

    [Fact]
    public void A_hidden_rate_of_one_over_root_fan_in_drifts_like_the_square_root_of_width_and_is_named()
    {
        var result = FakeStudent.Reference.With("Q2.HiddenLayerLearningRate", a => a.Double(0) / Math.Sqrt(a.Int(1))).Grade("q2c.hidden");

        result.Score.Should().Be(0, result.Details);
        result.Details.Should().MatchRegex(@"the part its own update causes like width\^\+0\.4\d");
        result.Mistakes.Should().Equal("inverse-sqrt-fan-in");
        result.Details.Should().Contain("fanIn^-0.50");
    }

    [Fact]
    public void An_input_rate_that_shrinks_with_fan_out_drifts_down_and_is_named()
    {
        var result = FakeStudent.Reference.With("Q2.InputLayerLearningRate", a => a.Double(0) / a.Int(2)).Grade("q2c.input");

        result.Score.Should().Be(0, result.Details);
        result.Reason.Should().StartWith("drifts with width: input layer ~ width^−1.0").And.NotContain("hidden");
        result.Mistakes.Should().Equal("inverse-fan-out");
    }

    [Fact]
    public void Any_constant_factor_keeps_the_layers_flat()
    {
        var result = FakeStudent.Reference.With("Q2.HiddenLayerLearningRate", a => 3 * a.Double(0) / a.Int(1)).Grade("q2c.hidden");

        result.Status.Should().Be(ItemStatus.Passed, result.Details);
        result.Details.Should().Contain("any constant factor is accepted");
    }

    [Fact]
    public void A_rule_that_cheats_only_below_the_experiments_widths_is_graded_by_behaviour_and_named_in_the_formula_note()
    {
        // The behaviour decides the grade (the issue's ruling); the formula note still says the rule is not one rule.
        var result = FakeStudent.Reference.With("Q2.HiddenLayerLearningRate", a => a.Int(1) < 16 ? 5 : a.Double(0) / a.Int(1)).Grade("q2c.hidden");

        result.Status.Should().Be(ItemStatus.Passed, result.Details);
        result.Details.Should().Contain("The formula on its own (a note: the grade follows the behaviour above):")
            .And.Contain("a rule must hold for every width");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_rate_that_is_not_a_positive_finite_number_trains_nothing_and_earns_nothing(double rate)
    {
        var result = FakeStudent.Reference.With("Q2.HiddenLayerLearningRate", a => a.Int(1) == 256 ? rate : a.Double(0) / a.Int(1)).Grade("q2c.hidden");

        result.Score.Should().Be(0, result.Details);
        result.Reason.Should().Be("not a learning rate");
        result.Details.Should().Contain("Q2.HiddenLayerLearningRate(0.001, 256, 256) returned")
            .And.Contain("a learning rate must be a positive, finite number")
            .And.Contain("Call: Q2.HiddenLayerLearningRate(0.001, 256, 256)").And.NotContain("./hw3");
    }

    [Fact]
    public void A_nan_on_the_formula_grid_fails_even_where_the_experiment_does_not_train()
    {
        // fanIn = 8 is on the formula grid, not in the experiment: NaN never passes.
        var result = FakeStudent.Reference.With("Q2.HiddenLayerLearningRate", a => a.Int(1) == 8 ? double.NaN : a.Double(0) / a.Int(1)).Grade("q2c.hidden");

        result.Score.Should().Be(0, result.Details);
        result.Details.Should().Contain("returned NaN");
    }

    [Fact]
    public void A_rate_quadratic_in_the_base_rate_is_flat_across_widths_and_the_note_names_its_growth()
    {
        // The coordinate check runs at one base LR, where baseLr²/fanIn is μP with a small constant: the grade follows
        // the behaviour, and the formula note says what is odd about it.
        var result = FakeStudent.Reference.With("Q2.HiddenLayerLearningRate", a => a.Double(0) * a.Double(0) / a.Int(1)).Grade("q2c.hidden");

        result.Status.Should().Be(ItemStatus.Passed, result.Details);
        result.Details.Should().Contain("baseLr^2.00");
    }

    [Fact]
    public void A_member_that_throws_earns_nothing_and_says_what_it_threw()
    {
        var result = FakeStudent.Reference.Failing("Q2.OutputLayerLearningRate", FakeStudent.NotImplemented).Grade("q2c.output");

        result.Score.Should().Be(0);
        result.Reason.Should().Be("not implemented");
        result.Details.Should().Contain("is not implemented yet");
    }

    [Fact]
    public void The_runner_is_asked_only_for_rates_on_the_experiments_shapes_and_the_formula_grid()
    {
        var calls = RealRubric.Check("q2c.output").PlanCalls().Select(c => c.Key).ToList();

        calls.Should().OnlyContain(k => k.StartsWith("Q2.OutputLayerLearningRate(", StringComparison.Ordinal));
        calls.Should().Contain(["Q2.OutputLayerLearningRate(0.001, 64, 10)", "Q2.OutputLayerLearningRate(0.001, 1024, 10)"]);
        calls.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void The_input_rate_is_also_asked_for_every_bias_which_follows_it()
    {
        var calls = RealRubric.Check("q2c.input").PlanCalls().Select(c => c.Key).ToList();

        calls.Should().Contain(["Q2.InputLayerLearningRate(0.001, 64, 1024)", "Q2.InputLayerLearningRate(0.001, 1, 1024)", "Q2.InputLayerLearningRate(0.001, 1, 10)"]);
    }

    [Fact]
    public void Identical_values_reuse_one_experiment_and_new_values_cost_exactly_one()
    {
        var cache = new ExperimentCache();
        var check = new BehaviourCheck(RealRubric.Item("q2c.hidden"), (BehaviourSettings)RealRubric.Item("q2c.hidden").Settings, new Hw3.Grader.Checks.CheckContext(Hw3.Grader.Cli.GraderServices.References, Hw3.Grader.Cli.GraderServices.Mistakes, RealRubric.Rubric.Seed), cache);
        check.ComputeReferences();
        cache.Runs.Should().Be(2, "the μP and standard-parameterization lines are trained once, before any submission");
        var student = FakeStudent.Reference.With("Q2.HiddenLayerLearningRate", a => 7.25 * a.Double(0) / a.Int(1));

        var first = student.Grade(check);
        cache.Runs.Should().Be(3);
        var second = student.Grade(check);
        var reference = FakeStudent.Reference.Grade(check);
        var standard = FakeStudent.Reference.With("Q2.HiddenLayerLearningRate", a => a.Double(0)).Grade(check);

        cache.Runs.Should().Be(3, "the same values, the reference's and standard parameterization's are served from the cache");
        second.Should().BeEquivalentTo(first);
        reference.Status.Should().Be(ItemStatus.Passed);
        standard.Status.Should().Be(ItemStatus.Failed);
    }

    [Fact]
    public void The_same_values_give_the_same_report_byte_for_byte()
    {
        var student = FakeStudent.Reference.With("Q2.OutputLayerLearningRate", a => a.Double(0) / Math.Sqrt(a.Int(1)));

        student.Grade("q2c.output").Details.Should().Be(student.Grade("q2c.output").Details);
    }

    [Fact]
    public void A_submission_that_did_not_compile_fails_every_call_without_training()
    {
        var cache = new ExperimentCache();
        var check = new BehaviourCheck(RealRubric.Item("q2c.hidden"), (BehaviourSettings)RealRubric.Item("q2c.hidden").Settings, new Hw3.Grader.Checks.CheckContext(Hw3.Grader.Cli.GraderServices.References, Hw3.Grader.Cli.GraderServices.Mistakes, RealRubric.Rubric.Seed), cache);
        var results = CallResults.AllFailed(check.PlanCalls(), CallOutcome.Failed(CallStatus.NotRun, "was not run: the submission did not compile"), "fake");

        var result = check.Score(results);

        result.Score.Should().Be(0);
        cache.Runs.Should().Be(0);
    }
}
