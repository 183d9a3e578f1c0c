using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Tests.Rubrics;

namespace Hw3.Grader.Tests.Checks;

/// <summary>Right answers, computed in this process, earn every automatic point of the real rubric.</summary>
public sealed class ReferenceStudentTests
{
    [Theory]
    [InlineData("q1a.rms")]
    [InlineData("q1a.scale")]
    [InlineData("q1b.rms")]
    [InlineData("q1b.scale")]
    [InlineData("q2a.growth")]
    [InlineData("q2b.norm")]
    [InlineData("q2c.input")]
    [InlineData("q2c.hidden")]
    [InlineData("q2c.output")]
    [InlineData("q2d.scaled")]
    [InlineData("q2e.trends")]
    [InlineData("q3a.trends")]
    [InlineData("q3b.exponents")]
    [InlineData("q3c.exponents")]
    [InlineData("q4a")]
    [InlineData("q4b")]
    [InlineData("q4c")]
    [InlineData("q4d")]
    [InlineData("q4e")]
    [InlineData("q4.estimators")]
    [InlineData("q5a")]
    [InlineData("q5b")]
    [InlineData("q5c")]
    [InlineData("q5.general")]
    [InlineData("q6")]
    public void The_reference_solution_earns_full_marks(string itemId)
    {
        var result = FakeStudent.Reference.Grade(itemId);

        result.Status.Should().Be(ItemStatus.Passed, $"{result.Reason}\n{result.Details}");
        result.Score.Should().Be(RealRubric.Item(itemId).Points);
        result.MaxScore.Should().Be(RealRubric.Item(itemId).Points);
        result.Mistakes.Should().BeEmpty();
        result.Details.Should().NotContain("✗").And.NotContain("Call:");
    }

    [Fact]
    public void The_reference_solution_earns_every_automatic_point_of_the_rubric()
    {
        var results = FakeStudent.Reference.Run(RealRubric.Session.Calls.Select(c => c.Call));

        var items = RealRubric.Session.Checks.Select(c => c.Score(results)).ToList();

        items.Where(i => !i.IsManual).Should().OnlyContain(i => i.Status == ItemStatus.Passed);
        items.Sum(i => i.Score).Should().BeApproximately(RealRubric.Rubric.AutoPoints, 1e-9);
    }

    [Fact]
    public void The_reference_run_collects_every_free_text_answer_for_staff()
    {
        var results = FakeStudent.Reference.Run(RealRubric.Session.Calls.Select(c => c.Call));

        foreach (var check in RealRubric.Session.Checks.Where(c => c.Item.IsManual))
        {
            var result = check.Score(results);
            result.Status.Should().Be(ItemStatus.Manual);
            result.Score.Should().Be(0);
            result.MaxScore.Should().Be(0);
            result.ManualPoints.Should().Be(check.Item.Points);
            result.Answers.Should().HaveCount(check.Item.Targets.Count).And.OnlyContain(a => !string.IsNullOrWhiteSpace(a.Text));
        }
    }

    [Fact]
    public void A_student_following_the_answer_key_formulas_earns_full_marks_on_q1()
    {
        var student = FakeStudent.Reference
            .With("Q1.ExpectedRmsSquaredAtInit", a => (double)a.Int(0))
            .With("Q1.InitScale", a => 1 / Math.Sqrt(a.Int(0)))
            .With("Q1.ExpectedSignUpdateRmsSquared", a => a.Int(0) + a.Int(0) * (a.Int(0) - 1.0) * 2 / Math.PI)
            .With("Q1.SignUpdateScale", a => Math.Sqrt(Math.PI / 2) / a.Int(0));

        foreach (var id in new[] { "q1a.rms", "q1a.scale", "q1b.rms", "q1b.scale" })
        {
            var result = student.Grade(id);
            result.Status.Should().Be(ItemStatus.Passed, $"{id}: {result.Details}");
        }
    }

    [Fact]
    public void The_leading_term_of_q1b_earns_full_credit()
    {
        var student = FakeStudent.Reference.With("Q1.ExpectedSignUpdateRmsSquared", a => 2 / Math.PI * a.Int(0) * a.Int(0));

        var result = student.Grade("q1b.rms");

        result.Status.Should().Be(ItemStatus.Passed, result.Details);
        result.Score.Should().Be(3);
    }

    [Theory]
    [InlineData(0, "E[RMS] = 1: √(π/2)/d1")]
    [InlineData(1, "E[RMS²] = 1: 1/√(d1 + (2/π)d1(d1−1))")]
    [InlineData(2, "the scaling: 1/d1")]
    public void Every_accepted_form_of_the_q1b_constant_earns_full_credit(int form, string description)
    {
        Func<int, double>[] forms =
        [
            d1 => Math.Sqrt(Math.PI / 2) / d1,
            d1 => 1 / Math.Sqrt(d1 + 2 / Math.PI * d1 * (d1 - 1)),
            d1 => 1.0 / d1,
        ];
        var student = FakeStudent.Reference.With("Q1.SignUpdateScale", a => forms[form](a.Int(0)));

        var result = student.Grade("q1b.scale");

        result.Status.Should().Be(ItemStatus.Passed, $"{description}: {result.Details}");
    }

    [Fact]
    public void A_student_following_the_q4_derivations_earns_full_marks_on_the_integrands()
    {
        var student = FakeStudent.Reference
            .With("Q4.ScoreFunctionIntegrand", a =>
            {
                var (f, x, mu, sigma) = (a.Function(0), a.Array(1), a.Array(2), a.Double(3));
                var fx = f.Value(x);
                return x.Select((xi, i) => fx * (xi - mu[i]) / (sigma * sigma)).ToArray();
            })
            .With("Q4.ReparameterizedIntegrand", a => a.Function(0).Value(Shift(a.Array(1), a.Array(2), a.Double(3))))
            .With("Q4.ReparameterizedGradientIntegrand", a => a.Function(0).Gradient(Shift(a.Array(1), a.Array(2), a.Double(3))))
            .With("Q4.GeneralScoreFunctionIntegrand", a => a.Array(1).Select(g => a.Double(0) * g).ToArray())
            .With("Q4.GaussianReparameterization", a => Shift(a.Array(0), a.Array(1), a.Double(2)));

        foreach (var id in new[] { "q4a", "q4b", "q4c", "q4d", "q4e" })
        {
            var result = student.Grade(id);
            result.Status.Should().Be(ItemStatus.Passed, $"{id}: {result.Details}");
        }
    }

    [Fact]
    public void A_student_following_the_q5_cost_model_earns_full_marks_on_every_network()
    {
        static int Forward(int layers, int every) => layers / every * every * (every - 1) / 2 + layers % every * (layers % every + 1) / 2;
        var student = FakeStudent.Reference
            .With("Q5.ForwardOps", a => WireValue.Of(Forward(a.Int(0), a.Int(1))))
            .With("Q5.LoadMemOps", a => WireValue.Of(a.Int(0)))
            .With("Q5.BreakEvenLoadDiskNs", a => (a.Double(2) * Forward(a.Int(0), a.Int(1)) + a.Double(3) * a.Int(0)) / a.Int(0));

        foreach (var id in new[] { "q5a", "q5b", "q5c", "q5.general" })
        {
            var result = student.Grade(id);
            result.Status.Should().Be(ItemStatus.Passed, $"{id}: {result.Details}");
        }
    }

    [Fact]
    public void The_official_answers_twenty_fwd_ten_loadmem_and_fifty_ns_earn_the_q5_points()
    {
        var student = FakeStudent.Reference
            .Answering("Q5.ForwardOps", WireValue.Of(20))
            .Answering("Q5.LoadMemOps", WireValue.Of(10))
            .Answering("Q5.BreakEvenLoadDiskNs", WireValue.Of(50.0));

        student.Grade("q5a").Status.Should().Be(ItemStatus.Passed);
        student.Grade("q5b").Status.Should().Be(ItemStatus.Passed);
        student.Grade("q5c").Status.Should().Be(ItemStatus.Passed);
        student.Grade("q5.general").Score.Should().Be(0, "constants cannot be right on other networks");
    }

    private static double[] Shift(double[] eps, double[] mu, double sigma) => eps.Select((e, i) => mu[i] + sigma * e).ToArray();
}
