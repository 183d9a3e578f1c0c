using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Hw3.Grader.Batch.Recovery;

/// <summary>
/// The string a C# expression spells out by itself: a string literal (regular, verbatim or raw), an interpolated
/// string with no holes, <c>+</c> of such strings, parentheses, and a <c>const string</c> of the same class named by
/// its simple name. Anything else (a call, a variable, a hole) is not a constant and gives null: nothing is run or
/// bound, so what comes back is only text the student typed.
/// </summary>
public static class StringConstantFolder
{
    /// <summary>Nesting followed at most: a literal concatenation is shallow; a hostile one is not followed down.</summary>
    public const int MaxDepth = 256;

    public static string? Fold(ExpressionSyntax expression, IReadOnlyDictionary<string, ExpressionSyntax> constants) =>
        Fold(expression, constants, 0);

    private static string? Fold(ExpressionSyntax expression, IReadOnlyDictionary<string, ExpressionSyntax> constants, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return literal.Token.ValueText;
            case InterpolatedStringExpressionSyntax interpolated when interpolated.Contents.All(c => c is InterpolatedStringTextSyntax):
                return string.Concat(interpolated.Contents.Cast<InterpolatedStringTextSyntax>().Select(t => t.TextToken.ValueText));
            case ParenthesizedExpressionSyntax parenthesized:
                return Fold(parenthesized.Expression, constants, depth + 1);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                return Fold(binary.Left, constants, depth + 1) is { } left && Fold(binary.Right, constants, depth + 1) is { } right
                    ? left + right
                    : null;
            case IdentifierNameSyntax name when constants.TryGetValue(name.Identifier.ValueText, out var value):
                // A constant that names itself (a cycle) is stopped by the depth bound.
                return Fold(value, constants, depth + 1);
            default:
                return null;
        }
    }
}
