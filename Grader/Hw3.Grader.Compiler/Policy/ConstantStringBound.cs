using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compiler.Policy;

/// <summary>
/// A syntax-only check made before anything is bound: string constants that would fold to more than
/// <see cref="MaxLength"/> characters. <c>const string A1 = A0 + A0; … A24 = A23 + A23;</c> is 2 KB of source
/// and 2^29 characters once folded, which the compiler materialises (2.7 GB in a worker). The bound is sound
/// for the student's own constants: a constant string is made of string and character literals, the text of
/// interpolations and other constants, so its length is at most the sum of its literals' lengths plus the
/// bounds of every name it mentions (the largest constant of that name, when several share it). A name that
/// is no constant of the submission adds nothing: a library's string constants are short, and <c>nameof</c>
/// yields a name. Source limits keep every literal under 1 MB, so only such doubling can reach the bound.
/// </summary>
public static class ConstantStringBound
{
    public const string Code = "HW3P006";

    /// <summary>Longer than any answer needs and than the source a submission may send (1 MB), far below what hurts the compiler.</summary>
    public const long MaxLength = 1 << 20;

    public static IReadOnlyList<CompileDiagnostic> Check(IEnumerable<SyntaxTree> trees)
    {
        ArgumentNullException.ThrowIfNull(trees);
        var constants = trees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>())
            .Where(IsConstant)
            .Where(declarator => declarator.Initializer is not null)
            .ToList();
        var byName = constants.ToLookup(declarator => declarator.Identifier.ValueText, StringComparer.Ordinal);
        var bounds = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new HashSet<string>(StringComparer.Ordinal);

        long BoundOfName(string name)
        {
            if (bounds.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!byName.Contains(name) || !open.Add(name))
            {
                return 0; // Not a constant of the submission, or a cycle (the compiler's error to report).
            }

            var bound = byName[name].Select(d => BoundOf(d.Initializer!.Value)).Max();
            open.Remove(name);
            bounds[name] = bound;
            return bound;
        }

        long BoundOf(ExpressionSyntax value)
        {
            long total = 0;
            foreach (var token in value.DescendantTokens())
            {
                var length = token.Kind() switch
                {
                    SyntaxKind.StringLiteralToken or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken
                        or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.InterpolatedRawStringEndToken => token.ValueText.Length,
                    SyntaxKind.CharacterLiteralToken => 1,
                    SyntaxKind.IdentifierToken when !IsInNameof(token) => BoundOfName(token.ValueText),
                    _ => 0,
                };
                total = Saturating(total, length);
            }

            return total;
        }

        var found = new List<CompileDiagnostic>();
        foreach (var declarator in constants)
        {
            var bound = BoundOfName(declarator.Identifier.ValueText);
            if (bound > MaxLength)
            {
                found.Add(PolicyError.At(
                    declarator.Identifier.GetLocation().GetMappedLineSpan(),
                    Code,
                    string.Create(CultureInfo.InvariantCulture, $"the constant {declarator.Identifier.ValueText} may fold to more than {MaxLength:N0} characters, which is not allowed: constants built by repeated concatenation make the compiler build the whole string; build long strings at run time")));
                break;
            }
        }

        return found;
    }

    private static bool IsConstant(VariableDeclaratorSyntax declarator) => declarator.Parent?.Parent switch
    {
        FieldDeclarationSyntax field => field.Modifiers.Any(SyntaxKind.ConstKeyword),
        LocalDeclarationStatementSyntax local => local.IsConst,
        _ => false,
    };

    private static bool IsInNameof(SyntaxToken token) => token.Parent?.Ancestors().OfType<InvocationExpressionSyntax>()
        .Any(call => call.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" }) == true;

    private static long Saturating(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
