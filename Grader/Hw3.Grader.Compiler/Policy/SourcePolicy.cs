using System.Globalization;
using Microsoft.CodeAnalysis;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compiler.Policy;

/// <summary>
/// The compile-time source policy: the APIs and constructs a homework answer may use (see
/// <see cref="ApiRules"/>), checked on Roslyn's semantic model. A violation reads like a compile error
/// (file, line, the API used, why it is not allowed, code <see cref="Code"/>). This gives early, clear
/// messages; it is not the security boundary (the runner's sandbox is).
/// </summary>
public static class SourcePolicy
{
    public const string Code = "HW3P001";

    /// <summary>At most this many violations are listed (one per API and line).</summary>
    public const int MaxViolations = 50;

    /// <param name="compilation">The student's compilation.</param>
    /// <param name="isStudentFile">Which files (by mapped name) the policy applies to; generated files and eval expressions are not the student's.</param>
    public static IReadOnlyList<CompileDiagnostic> Check(Compilation compilation, Func<string, bool> isStudentFile)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(isStudentFile);
        var violations = new List<PolicyViolation>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            new PolicyWalker(compilation.GetSemanticModel(tree), violations).Visit(tree.GetRoot());
        }

        return violations
            .Select(ToDiagnostic)
            .Where(d => isStudentFile(d.File))
            .GroupBy(d => (d.File, d.Line, Reason(d.Message)))
            .Select(same => same.OrderByDescending(d => d.Message.Length).ThenBy(d => d.Column).First())
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .Take(MaxViolations)
            .ToList();
    }

    /// <summary>One report per line and reason: <c>Environment.Exit</c> says more than <c>Environment</c> on the same line.</summary>
    private static string Reason(string message) => message[(message.IndexOf(" is not allowed: ", StringComparison.Ordinal) + 1)..];

    private static CompileDiagnostic ToDiagnostic(PolicyViolation violation)
    {
        return PolicyError.At(
            violation.Location.GetMappedLineSpan(),
            Code,
            string.Create(CultureInfo.InvariantCulture, $"{violation.What} is not allowed: {violation.Reason}"));
    }
}
