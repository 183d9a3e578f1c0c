using Hw3.Grader.Checks.Kinds.Choice;
using Hw3.Grader.Checks;
using Hw3.Grader.Cli;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Tests.Rubrics;

namespace Hw3.Grader.Tests.Checks;

/// <summary>Choice, true/false and exponent answers, each a property of the answer API.</summary>
public sealed class PropertyCheckTests
{
    [Theory]
    [InlineData("RMS->RMS")]
    [InlineData("rms to rms")]
    [InlineData("RMS-to-RMS")]
    [InlineData("rms→rms")]
    [InlineData("RMS→RMS operator norm")]
    public void Every_spelling_of_the_rms_to_rms_norm_earns_q2b(string answer)
    {
        var result = FakeStudent.Reference.Answering("Q2.NormThatTracksFeatureChange", WireValue.Of(answer)).Grade("q2b.norm");

        result.Status.Should().Be(ItemStatus.Passed, result.Details);
    }

    [Theory]
    [InlineData("fan-in")]
    [InlineData("Fan_In")]
    [InlineData("input dimension")]
    [InlineData("d_in")]
    public void Every_spelling_of_fan_in_earns_q2a(string answer)
    {
        FakeStudent.Reference.Answering("Q2.ActivationChangeGrowsWith", WireValue.Of(answer)).Grade("q2a.growth")
            .Status.Should().Be(ItemStatus.Passed);
    }

    [Fact]
    public void The_reference_choice_is_one_of_the_rubrics_choices()
    {
        foreach (var id in new[] { "q2a.growth", "q2b.norm" })
        {
            var item = RealRubric.Item(id);
            var member = item.Targets.Single().Member;
            var reference = GraderServices.References.Evaluate(member.Id, new Hw3.Grader.Execution.MemberCall(member.TypeName, member.MemberName, null, []));
            new ChoiceComparer(((ChoiceSettings)item.Settings).Choices).Resolve(reference.Text!).Should().NotBeNull($"{id}'s reference \"{reference.Text}\" is a listed choice");
        }
    }

    [Fact]
    public void A_wrong_choice_scores_zero_without_naming_the_right_one()
    {
        var result = FakeStudent.Reference.Answering("Q2.NormThatTracksFeatureChange", WireValue.Of("spectral")).Grade("q2b.norm");

        result.Score.Should().Be(0);
        result.Reason.Should().Be("0 of 1 right: wrong answer");
        result.Details.Should().Contain("answered \"spectral\", which is not the right choice");
        result.Details.Should().NotContainEquivalentOf("rms");
    }

    [Fact]
    public void An_answer_outside_the_choices_lists_them()
    {
        var result = FakeStudent.Reference.Answering("Q2.NormThatTracksFeatureChange", WireValue.Of("nuclear")).Grade("q2b.norm");

        result.Score.Should().Be(0);
        result.Details.Should().Contain("answered \"nuclear\", which is not one of the choices (frobenius, spectral, rms-to-rms)");
    }

    [Fact]
    public void One_wrong_answer_of_two_earns_half_the_points()
    {
        var reference = GraderServices.References.Evaluate("Q2.OptimalMuPLearningRateStableAcrossWidth",
            new Hw3.Grader.Execution.MemberCall("Q2", "OptimalMuPLearningRateStableAcrossWidth", null, []));
        var student = FakeStudent.Reference.Answering("Q2.OptimalMuPLearningRateStableAcrossWidth", WireValue.Of(!reference.Flag!.Value));

        var result = student.Grade("q2e.trends");

        result.Score.Should().Be(1);
        result.Status.Should().Be(ItemStatus.Partial);
        result.Reason.Should().Be("1 of 2 right: wrong answer");
        result.Details.Should().Contain("✓ Q2.OptimalAdamLearningRateShrinksWithWidth: correct.")
            .And.Contain("✗ Q2.OptimalMuPLearningRateStableAcrossWidth answered");
    }

    [Fact]
    public void Text_where_true_or_false_is_expected_fails()
    {
        var result = FakeStudent.Reference.Answering("Q3.WiderIsAlwaysBetterUnderMuP", WireValue.Of("true")).Grade("q3a.trends");

        result.Score.Should().Be(1.0);
        result.Details.Should().Contain("returned \"true\"; expected true or false");
    }

    [Fact]
    public void An_exponent_within_the_tolerance_passes_and_one_outside_fails()
    {
        var exact = ExponentOf("Q3.MuPHiddenAdamLrExponent");

        FakeStudent.Reference.Answering("Q3.MuPHiddenAdamLrExponent", WireValue.Of(exact + 5e-7)).Grade("q3b.exponents")
            .Status.Should().Be(ItemStatus.Passed);
        var result = FakeStudent.Reference.Answering("Q3.MuPHiddenAdamLrExponent", WireValue.Of(exact + 1e-3)).Grade("q3b.exponents");
        result.Score.Should().Be(0.5);
        result.Details.Should().Contain("which is not right (tolerance: relative 0, absolute 1e-6)");
    }

    [Fact]
    public void An_exponent_returned_as_a_whole_number_counts()
    {
        var exact = ExponentOf("Q3.MuPHiddenAdamLrExponent");

        FakeStudent.Reference.Answering("Q3.MuPHiddenAdamLrExponent", WireValue.Of((int)exact)).Grade("q3b.exponents")
            .Status.Should().Be(ItemStatus.Passed);
    }

    [Fact]
    public void The_spectral_exponents_of_condition_one_are_a_half_and_minus_a_half()
    {
        var student = FakeStudent.Reference
            .Answering("Q3.SpectralNormFanOutExponent", WireValue.Of(0.5))
            .Answering("Q3.SpectralNormFanInExponent", WireValue.Of(-0.5));

        student.Grade("q3c.exponents").Status.Should().Be(ItemStatus.Passed);
        student.Answering("Q3.SpectralNormFanInExponent", WireValue.Of(0.5)).Grade("q3c.exponents").Score.Should().Be(0.5);
    }

    private static double ExponentOf(string member)
    {
        var parts = member.Split('.');
        return GraderServices.References.Evaluate(member, new Hw3.Grader.Execution.MemberCall(parts[0], parts[1], null, [])).AsDouble()!.Value;
    }
}
