using Hw3.Grader.Protocol.Limits;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Execution.Sessions;

/// <summary>
/// Counts the bytes of the answers one submission's session keeps (numbers, text, messages), and once they pass
/// <see cref="AnswerLimits.MaxKeptBytesPerSubmission"/> keeps no more: every later answer becomes a
/// <see cref="CallStatus.TooLarge"/> outcome. Each answer is already capped on its own; this caps their sum.
/// </summary>
internal sealed class KeptAnswers(long maxBytes = AnswerLimits.MaxKeptBytesPerSubmission)
{
    private long _bytes;

    public long Bytes => _bytes;

    /// <summary>True once an answer was dropped (the first time, the session says so in its incidents).</summary>
    public bool Full { get; private set; }

    /// <summary>The outcome to keep: <paramref name="outcome"/> itself while the total fits, otherwise a short refusal.</summary>
    public CallOutcome Keep(CallOutcome outcome)
    {
        var size = SizeOf(outcome);
        if (_bytes + size <= maxBytes)
        {
            _bytes += size;
            return outcome;
        }

        Full = true;
        return CallOutcome.Failed(CallStatus.TooLarge, AnswerLimits.SubmissionFull, elapsedMs: outcome.ElapsedMs);
    }

    /// <summary>What the outcome holds in memory, near enough: eight bytes a number, two a character, a little for the rest.</summary>
    private static long SizeOf(CallOutcome outcome)
    {
        long size = 64 + 2L * ((outcome.Message?.Length ?? 0) + (outcome.ExceptionType?.Length ?? 0));
        if (outcome.Value is { } value)
        {
            size += 8L * (value.Numbers?.Length ?? 0) + 2L * (value.Text?.Length ?? 0);
        }

        return size;
    }
}
