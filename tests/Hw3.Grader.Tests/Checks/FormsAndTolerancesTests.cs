using Hw3.Grader.Checks.Kinds.Grid;
using Hw3.Grader.Checks.Kinds.Scaling;
using Hw3.Grader.Checks;
using Hw3.Grader.Cli;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Rubrics;
using Hw3.Grader.Tests.Rubrics;
using Hw3.ReferenceSolutions.Q4;

namespace Hw3.Grader.Tests.Checks;

/// <summary>
/// The answer key's rulings on forms and tolerances: 4-significant-figure constants earn full credit, every form the
/// template admits is accepted, a Θ(·) rule must hold everywhere, partial credit goes to the key's form only, and no
/// known mistake falls inside a tolerance.
/// </summary>
public sealed class FormsAndTolerancesTests
{
    public static TheoryData<string> ItemsWithMistakes { get; } =
        [.. RealRubric.Rubric.Items.Where(i => i.Mistakes.Count > 0 && i.Settings is GridSettings or ScalingSettings).Select(i => i.Id)];

    [Theory]
    [MemberData(nameof(ItemsWithMistakes))]
    public void Every_known_mistake_stays_outside_the_tolerance_of_every_accepted_form_on_the_grid(string itemId)
    {
        var item = RealRubric.Item(itemId);
        var calls = RealRubric.Check(itemId).PlanCalls();
        foreach (var target in item.Targets)
        {
            var ofMember = calls.Where(c => c.TypeName + "." + c.MemberName == target.Member.Id).ToList();
            foreach (var mistake in item.Mistakes)
            {
                var values = ofMember.Select(c => (Call: c, Value: TryEvaluate(mistake.Formula, c))).Where(p => p.Value is { Kind: not WireKind.Null }).ToList();
                if (values.Count == 0)
                {
                    continue;
                }

                foreach (var reference in target.Accept)
                {
                    values.Should().Contain(p => !NumericAnswer.Matches(p.Value!, GraderServices.References.Evaluate(reference, p.Call), item.Tolerance),
                        "mistake {0} of {1} must differ from the accepted form {2} on some input (tolerance {3})", mistake.Id, itemId, reference, item.Tolerance);
                }
            }
        }
    }

    [Fact]
    public void A_constant_written_to_four_significant_figures_earns_full_credit()
    {
        var scale = FakeStudent.Reference.With("Q1.SignUpdateScale", a => 1.2533 / a.Int(0)).Grade("q1b.scale");
        var leading = FakeStudent.Reference.With("Q1.ExpectedSignUpdateRmsSquared", a => 0.6366 * a.Int(0) * a.Int(0)).Grade("q1b.rms");
        var init = FakeStudent.Reference.With("Q1.InitScale", a => 1 / Math.Sqrt(a.Int(0)) * 1.0001).Grade("q1a.scale");

        scale.Status.Should().Be(ItemStatus.Passed, scale.Details);
        leading.Status.Should().Be(ItemStatus.Passed, leading.Details);
        init.Status.Should().Be(ItemStatus.Passed, init.Details);
    }

    [Fact]
    public void A_constant_right_to_three_significant_figures_only_is_not_enough()
    {
        var result = FakeStudent.Reference.With("Q1.SignUpdateScale", a => 1.25 / a.Int(0)).Grade("q1b.scale");

        result.Status.Should().Be(ItemStatus.Failed, result.Details);
        result.Details.Should().Contain("tolerance: relative 5e-4");
    }

    [Fact]
    public void The_tolerance_of_every_closed_form_item_is_four_significant_figures()
    {
        foreach (var id in new[] { "q1a.rms", "q1a.scale", "q1b.rms", "q1b.scale", "q2d.scaled", "q5c", "q5.general" })
        {
            RealRubric.Item(id).Tolerance.Relative.Should().Be(5e-4, id);
        }
    }

    [Fact]
    public void Q4_integrands_computed_in_single_precision_pass()
    {
        var result = FakeStudent.Reference.With("Q4.ReparameterizedGradientIntegrand",
            a => a.Function(0).Gradient(a.Array(2).Zip(a.Array(1), (m, e) => (double)((float)m + (float)a.Double(3) * (float)e)).ToArray())
                .Select(g => (double)(float)g).ToArray()).Grade("q4c");

        result.Status.Should().Be(ItemStatus.Passed, result.Details);
    }

    [Theory]
    [InlineData("q4a", "Q4.ScoreFunctionIntegrand")]
    [InlineData("q4b", "Q4.ReparameterizedIntegrand")]
    [InlineData("q4c", "Q4.ReparameterizedGradientIntegrand")]
    [InlineData("q4e", "Q4.GaussianReparameterization")]
    public void Every_form_the_template_names_earns_full_credit(string itemId, string member)
    {
        Func<Hw3.Grader.References.CallArguments, WireValue> form = member switch
        {
            "Q4.ScoreFunctionIntegrand" => a => WireValue.Of(Q4Reference.ScoreFunctionIntegrandWithBaseline(a.Function(0).Value, a.Array(1), a.Array(2), a.Double(3))),
            "Q4.ReparameterizedIntegrand" => a => WireValue.Of(a.Function(0).Value(a.Array(2).Zip(a.Array(1), (m, e) => m - a.Double(3) * e).ToArray())),
            "Q4.ReparameterizedGradientIntegrand" => a => WireValue.Of(a.Function(0).Gradient(a.Array(2).Zip(a.Array(1), (m, e) => m - a.Double(3) * e).ToArray())),
            _ => a => WireValue.Of(a.Array(1).Zip(a.Array(0), (m, z) => m - a.Double(2) * z).ToArray()),
        };

        var result = FakeStudent.Reference.With(member, form).Grade(itemId);

        result.Status.Should().Be(ItemStatus.Passed, result.Details);
    }

    [Fact]
    public void A_score_function_integrand_with_another_baseline_is_not_accepted()
    {
        var result = FakeStudent.Reference.With("Q4.ScoreFunctionIntegrand", a =>
        {
            var (f, x, mu, sigma) = (a.Function(0), a.Array(1), a.Array(2), a.Double(3));
            return x.Select((xi, i) => (f.Value(x) - 1) * (xi - mu[i]) / (sigma * sigma)).ToArray();
        }).Grade("q4a");

        result.Status.Should().Be(ItemStatus.Failed, result.Details);
    }

    [Fact]
    public void Partial_credit_for_the_sign_update_goes_to_d1_squared_only()
    {
        var keyForm = FakeStudent.Reference.With("Q1.ExpectedSignUpdateRmsSquared", a => (double)a.Int(0) * a.Int(0)).Grade("q1b.rms");
        var otherMultiple = FakeStudent.Reference.With("Q1.ExpectedSignUpdateRmsSquared", a => 2.0 * a.Int(0) * a.Int(0)).Grade("q1b.rms");

        keyForm.Score.Should().Be(1.5, keyForm.Details);
        otherMultiple.Score.Should().Be(0, otherMultiple.Details);
        otherMultiple.Reason.Should().Be("right growth, wrong constant");
        otherMultiple.Details.Should().Contain("(and not one that earns partial credit)");
    }

    private static WireValue? TryEvaluate(string formula, Hw3.Grader.Execution.MemberCall call)
    {
        try
        {
            return GraderServices.Mistakes.Evaluate(formula, call);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
