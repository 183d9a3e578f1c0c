using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compiler.Policy;

/// <summary>
/// A syntax-only check made before anything is bound: lambdas nested deeper than <see cref="MaxDepth"/>.
/// Overload resolution binds a lambda once per candidate delegate type, so nesting lambdas inside calls to
/// overloaded methods makes compile time grow exponentially (a "compile-time bomb"); no homework answer
/// nests lambdas this deep.
/// </summary>
public static class LambdaNesting
{
    public const string Code = "HW3P002";
    public const int MaxDepth = 6;

    /// <summary>The first lambda nested deeper than the limit in each tree, as an error; none when all are within it.</summary>
    public static IReadOnlyList<CompileDiagnostic> Check(IEnumerable<SyntaxTree> trees)
    {
        ArgumentNullException.ThrowIfNull(trees);
        var found = new List<CompileDiagnostic>();
        foreach (var tree in trees)
        {
            var tooDeep = tree.GetRoot()
                .DescendantNodes()
                .OfType<AnonymousFunctionExpressionSyntax>()
                .FirstOrDefault(lambda => lambda.Ancestors().OfType<AnonymousFunctionExpressionSyntax>().Count() >= MaxDepth);
            if (tooDeep is null)
            {
                continue;
            }

            found.Add(PolicyError.At(
                tooDeep.GetLocation().GetMappedLineSpan(),
                Code,
                $"lambdas nested more than {MaxDepth} deep are not allowed: the compiler's overload resolution grows exponentially with such nesting; use named methods"));
        }

        return found;
    }
}
