using System.Security.Cryptography;
using System.Text;
using Hw3.Grader.Grading;

namespace Hw3.Grader.Reporting;

/// <summary>
/// An item's free-text answers as one manual.csv cell, and the hash that travels with it: <c>hw3 manual</c>
/// compares it with the answers in the student's report, so a score given to an answer that has changed since
/// (a regraded or resubmitted submission) is refused instead of landing on the new one.
/// </summary>
public static class ManualAnswerText
{
    /// <summary>One answer as it is; several each under its member's name.</summary>
    public static string Of(IReadOnlyList<ManualAnswer> answers) => answers.Count switch
    {
        0 => "",
        1 => answers[0].Text ?? "",
        _ => string.Join("\n\n", answers.Select(a => a.Member + ": " + (a.Text ?? ""))),
    };

    /// <summary>SHA-256 of <see cref="Of"/> in UTF-8, as 64 lower-case hex digits.</summary>
    public static string Sha256(IReadOnlyList<ManualAnswer> answers) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Of(answers))));
}
