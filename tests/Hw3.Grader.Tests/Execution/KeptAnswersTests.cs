using Hw3.Grader.Execution.Sessions;
using Hw3.Grader.Protocol.Limits;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Tests.Execution;

public sealed class KeptAnswersTests
{
    [Fact]
    public void Answers_are_kept_until_their_bytes_pass_the_cap_and_later_ones_become_too_large()
    {
        var kept = new KeptAnswers(maxBytes: 10_000);
        var array = CallOutcome.Returned(WireValue.Of(new double[500]), 1);

        kept.Keep(array).Should().BeSameAs(array);
        kept.Keep(array).Should().BeSameAs(array);
        var third = kept.Keep(array);

        third.Status.Should().Be(CallStatus.TooLarge);
        third.Message.Should().Be(AnswerLimits.SubmissionFull);
        kept.Full.Should().BeTrue();
        kept.Bytes.Should().BeLessThanOrEqualTo(10_000);
    }

    [Fact]
    public void A_small_answer_still_fits_after_a_large_one_was_refused()
    {
        var kept = new KeptAnswers(maxBytes: 1_000);

        kept.Keep(CallOutcome.Returned(WireValue.Of(new string('x', 5_000)), 1)).Status.Should().Be(CallStatus.TooLarge);
        kept.Keep(CallOutcome.Returned(WireValue.Of(1.5), 1)).Status.Should().Be(CallStatus.Returned);
    }
}
