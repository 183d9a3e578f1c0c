using Hw3.ReferenceSolutions.Q3;

namespace Hw3.ReferenceSolutions.Tests.Samples;

public sealed class PerfectSampleQ3Tests(PerfectSampleFixture perfect) : IClassFixture<PerfectSampleFixture>
{
    [Fact]
    public void Perfect_sample_reads_Figure_1_like_the_reference()
    {
        perfect.Submission.Get<bool>("Q3.OptimalLrShiftsWithWidthUnderStandardPractice")
            .Should().Be(Q3Reference.OptimalLrShiftsWithWidthUnderStandardPractice());
        perfect.Submission.Get<bool>("Q3.OptimalLrShiftsWithWidthUnderMuP")
            .Should().Be(Q3Reference.OptimalLrShiftsWithWidthUnderMuP());
        perfect.Submission.Get<bool>("Q3.WiderIsAlwaysBetterUnderMuP")
            .Should().Be(Q3Reference.WiderIsAlwaysBetterUnderMuP());
    }

    [Fact]
    public void Perfect_sample_gives_the_reference_width_exponents()
    {
        ShouldMatch("Q3.StandardParamHiddenAdamLrExponent", Q3Reference.StandardParamHiddenAdamLrExponent());
        ShouldMatch("Q3.MuPHiddenAdamLrExponent", Q3Reference.MuPHiddenAdamLrExponent());
        ShouldMatch("Q3.SpectralNormFanOutExponent", Q3Reference.SpectralNormFanOutExponent());
        ShouldMatch("Q3.SpectralNormFanInExponent", Q3Reference.SpectralNormFanInExponent());
    }

    [Fact]
    public void Perfect_sample_answers_every_free_text_question_of_Q1_Q2_Q3_and_Q6()
    {
        var texts = AnswerApiMembers.All
            .Where(m => m.IsProperty && m.ReturnType == typeof(string))
            .Where(m => m.Id is not ("Q2.ActivationChangeGrowsWith" or "Q2.NormThatTracksFeatureChange"));
        foreach (var member in texts)
        {
            ((string?)perfect.Submission.Invoke(member)).Should().NotBeNullOrWhiteSpace(member.Id);
        }

        perfect.Submission.Get<double>("Q6.HoursSpent").Should().BePositive();
    }

    private void ShouldMatch(string id, double expected) =>
        perfect.Submission.Get<double>(id).Should().BeApproximately(expected, ClosedFormTolerance.For(expected), id);
}
