using System.Globalization;

namespace Hw3.Grader.Protocol.Limits;

/// <summary>
/// How much of what student code returns the grader keeps: the one place these caps are decided (README and
/// SECURITY.md quote them). The runner applies them before it sends an answer, so an honest oversized answer costs
/// a small frame and gets a clear message; the grader applies them again when it reads one (a runner runs
/// student code and is not trusted), and refuses any frame larger than an answer within them can be.
/// </summary>
public static class AnswerLimits
{
    /// <summary>Numbers in one returned array. The longest array any check uses has one entry per dimension (8 in the rubric).</summary>
    public const int MaxArrayLength = 4096;

    /// <summary>Characters of one returned string (a free-text answer of several pages fits).</summary>
    public const int MaxTextChars = 20_000;

    /// <summary>Characters of an exception's message.</summary>
    public const int MaxMessageChars = 2_000;

    /// <summary>Characters of an exception's type name.</summary>
    public const int MaxTypeNameChars = 200;

    /// <summary>Characters of a short answer (a choice) quoted back in its failure message: a choice is a word or two.</summary>
    public const int MaxQuotedChars = 200;

    /// <summary>Bytes of answers the grader keeps for one submission; answers beyond it are not kept.</summary>
    public const long MaxKeptBytesPerSubmission = 4L * 1024 * 1024;

    /// <summary>
    /// The largest frame the grader reads from a runner: an answer within the caps above is far smaller (4,096
    /// numbers are about 100 KB of JSON, 20,000 characters at most 120 KB escaped).
    /// </summary>
    public const int MaxReplyFrameBytes = 1024 * 1024;

    /// <summary>The text itself when it is within <paramref name="maxChars"/>; otherwise its start and a mark saying how much was cut ("… [980,033 more characters cut]"). Never longer than <paramref name="maxChars"/>, so cutting twice changes nothing.</summary>
    public static string Cut(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxChars)
        {
            return text;
        }

        // The mark counts what this cut removed, so it stays true when a cut text is cut again (a shorter quote of it).
        var keep = Math.Max(0, maxChars - Mark(text.Length).Length);
        // Never split a surrogate pair: half a character is not valid text.
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        var mark = Mark(text.Length - keep);
        return text[..keep] + mark;
    }

    private static string Mark(int cut) => string.Create(CultureInfo.InvariantCulture, $"… [{cut:N0} more characters cut]");

    /// <summary>The message of an array too long to keep: "returned an array of 1,000,000 numbers; the grader reads at most 4,096".</summary>
    public static string ArrayTooLong(long? count) => count is { } known
        ? string.Create(CultureInfo.InvariantCulture, $"returned an array of {known:N0} numbers; the grader reads at most {MaxArrayLength:N0} (one per dimension is expected)")
        : string.Create(CultureInfo.InvariantCulture, $"returned more than {MaxArrayLength:N0} numbers; the grader reads at most {MaxArrayLength:N0} (one per dimension is expected)");

    /// <summary>The message of an answer dropped because the submission's answers already fill what the grader keeps.</summary>
    public static string SubmissionFull { get; } = string.Create(CultureInfo.InvariantCulture,
        $"returned an answer that was not kept: this submission's answers passed the {MaxKeptBytesPerSubmission / (1024 * 1024)} MB the grader keeps for one submission");
}
