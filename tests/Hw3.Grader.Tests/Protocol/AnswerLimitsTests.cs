using System.Text;
using Hw3.Grader.Protocol.Framing;
using Hw3.Grader.Protocol.Limits;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Tests.Protocol;

/// <summary>What the grader keeps of an answer, whatever the runner sends: the caps of <see cref="AnswerLimits"/>.</summary>
public sealed class AnswerLimitsTests
{
    [Fact]
    public void Text_within_the_cap_is_kept_as_it_is()
    {
        AnswerLimits.Cut("fan-in", 10).Should().Be("fan-in");
    }

    [Fact]
    public void Text_over_the_cap_keeps_its_start_and_says_how_much_was_cut_within_the_cap()
    {
        var cut = AnswerLimits.Cut(new string('a', 1_000_000), 100);

        cut.Length.Should().BeLessThanOrEqualTo(100);
        var kept = cut.TakeWhile(c => c == 'a').Count();
        cut.Should().Be(new string('a', kept) + $"… [{1_000_000 - kept:N0} more characters cut]");
        AnswerLimits.Cut(cut, 100).Should().Be(cut, "cutting again (the runner cut it, the grader checks it) changes nothing");
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var text = string.Concat(Enumerable.Repeat("𝔼", 200));
        var cut = AnswerLimits.Cut(text, 100);

        var kept = cut[..cut.IndexOf('…', StringComparison.Ordinal)];
        kept.Length.Should().BeGreaterThan(0);
        char.IsHighSurrogate(kept[^1]).Should().BeFalse();
        Encoding.UTF8.GetByteCount(kept).Should().Be(2 * kept.Length);
    }

    [Fact]
    public void An_answer_array_longer_than_the_grader_reads_is_too_large_and_its_numbers_are_not_kept()
    {
        var response = Read(CallOutcome.Returned(WireValue.Of(new double[AnswerLimits.MaxArrayLength + 1]), 2));

        response.Outcome.Status.Should().Be(CallStatus.TooLarge);
        response.Outcome.Value.Should().BeNull();
        response.Outcome.Message.Should().Be("returned an array of 4,097 numbers; the grader reads at most 4,096 (one per dimension is expected)");
    }

    [Fact]
    public void An_answer_array_at_the_cap_is_kept()
    {
        var response = Read(CallOutcome.Returned(WireValue.Of(new double[AnswerLimits.MaxArrayLength]), 2));

        response.Outcome.Status.Should().Be(CallStatus.Returned);
        response.Outcome.Value!.Numbers.Should().HaveCount(AnswerLimits.MaxArrayLength);
    }

    [Fact]
    public void Answer_text_exception_messages_and_type_names_are_cut_on_reading()
    {
        var text = Read(CallOutcome.Returned(WireValue.Of(new string('t', 50_000)), 1)).Outcome.Value!.Text!;
        var threw = Read(CallOutcome.Failed(CallStatus.Threw, new string('m', 50_000), new string('T', 5_000))).Outcome;

        text.Length.Should().BeLessThanOrEqualTo(AnswerLimits.MaxTextChars);
        text.Should().EndWith(" more characters cut]");
        threw.Message!.Length.Should().BeLessThanOrEqualTo(AnswerLimits.MaxMessageChars);
        threw.ExceptionType!.Length.Should().BeLessThanOrEqualTo(AnswerLimits.MaxTypeNameChars);
    }

    [Fact]
    public void Arguments_the_grader_sends_are_not_cut()
    {
        var request = new InvokeRequest(1, "Q", "M", ["string"], [WireValue.Of(new string('a', 50_000))]);

        var read = (InvokeRequest)MessageReader.Read(Write(request));

        read.Arguments[0].Text.Should().HaveLength(50_000);
    }

    [Fact]
    public void An_answer_within_the_caps_fits_in_the_reply_frame_limit()
    {
        var longest = Write(new CallResponse(int.MaxValue, CallOutcome.Returned(WireValue.Of(Enumerable.Repeat(-1.2345678901234567e-300, AnswerLimits.MaxArrayLength).ToArray()), double.MaxValue)));
        var escaped = Write(new CallResponse(int.MaxValue, CallOutcome.Returned(WireValue.Of(new string('\u0001', AnswerLimits.MaxTextChars)), double.MaxValue)));

        longest.Length.Should().BeLessThan(AnswerLimits.MaxReplyFrameBytes);
        escaped.Length.Should().BeLessThan(AnswerLimits.MaxReplyFrameBytes);
    }

    private static CallResponse Read(CallOutcome outcome) => (CallResponse)MessageReader.Read(Write(new CallResponse(7, outcome)));

    private static byte[] Write(Message message)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        MessageWriter.Write(message, buffer);
        return buffer.WrittenSpan.ToArray();
    }
}
