using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compiler.Policy;

/// <summary>
/// A syntax-only check made before anything is bound: how many times overload resolution may bind the
/// innermost of a chain of nested lambdas. A lambda passed to a method is bound once per overload that could
/// take it, inside every binding of the lambdas around it, so the cost is the product of the overload counts
/// along the chain, and it grows fast enough within the nesting limit of <see cref="LambdaNesting"/> to hold a
/// worker for its whole time limit (bench/README.md, "Figures behind the compile worker's limits"). An overload count is read by name and by the lambda's number of parameters:
/// the submission's own methods, local functions and constructors of that name plus the most overloads taking
/// a delegate of that arity one library type has (<see cref="LibraryOverloads"/>). A query expression is one
/// more level, priced like the query methods it calls with one-parameter lambdas.
/// </summary>
public static class OverloadBudget
{
    public const string Code = "HW3P007";

    /// <summary>
    /// Three nested <c>Sum</c>s (1,000 bindings) pass, four (10,000) do not: the largest cost a legitimate answer
    /// plausibly has, well below what holds a worker for its time limit (bench/README.md).
    /// </summary>
    public const long MaxBindings = 1_000;

    private static readonly string[] QueryMethods =
        ["Select", "SelectMany", "Where", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "GroupBy", "Join", "GroupJoin"];

    public static IReadOnlyList<CompileDiagnostic> Check(IEnumerable<SyntaxTree> trees)
    {
        ArgumentNullException.ThrowIfNull(trees);
        var roots = trees.Select(tree => tree.GetRoot()).ToList();
        var declared = SourceOverloads(roots);
        var costs = new Dictionary<SyntaxNode, long>();
        var found = new List<CompileDiagnostic>();
        foreach (var root in roots)
        {
            // Document order: every lambda's enclosing lambda is priced before it.
            foreach (var level in root.DescendantNodes().Where(n => n is AnonymousFunctionExpressionSyntax or QueryExpressionSyntax))
            {
                var outer = level.Ancestors().FirstOrDefault(n => n is AnonymousFunctionExpressionSyntax or QueryExpressionSyntax);
                var cost = Multiply(outer is null ? 1 : costs[outer], Weight(level, declared));
                costs[level] = cost;
                if (cost > MaxBindings)
                {
                    found.Add(PolicyError.At(
                        level.GetLocation().GetMappedLineSpan(),
                        Code,
                        string.Create(CultureInfo.InvariantCulture, $"this lambda may be bound up to {cost:N0} times, which is not allowed: it and the lambdas around it are arguments of overloaded methods, and the compiler tries every overload inside every try of the lambda around it (at most {MaxBindings:N0}); use named methods or fewer nested lambdas")));
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>How many overloads a lambda (or a query) may be bound against.</summary>
    private static long Weight(SyntaxNode level, IReadOnlyDictionary<string, int> declared)
    {
        if (level is QueryExpressionSyntax)
        {
            return QueryMethods.Max(name => Overloads(name, 1, declared));
        }

        var argument = level.Ancestors()
            .TakeWhile(n => n is not (AnonymousFunctionExpressionSyntax or QueryExpressionSyntax or StatementSyntax or MemberDeclarationSyntax))
            .OfType<ArgumentSyntax>()
            .FirstOrDefault();
        var name = argument?.Parent?.Parent switch
        {
            InvocationExpressionSyntax call => InvokedName(call.Expression),
            ObjectCreationExpressionSyntax creation => InvokedName(creation.Type),
            ImplicitObjectCreationExpressionSyntax => ImplicitCreation,
            ElementAccessExpressionSyntax => "this[]",
            _ => null,
        };
        if (name is null)
        {
            return 1;
        }

        return name == ImplicitCreation
            ? Math.Max(1, declared.GetValueOrDefault(ImplicitCreation))
            : Parameters(level) is { } arity ? Overloads(name, arity, declared) : MaxArity.Max(a => Overloads(name, a, declared));
    }

    /// <summary>The arities an anonymous method without a parameter list may take (it matches any delegate).</summary>
    private static readonly int[] MaxArity = [0, 1, 2, 3, 4];

    private static int? Parameters(SyntaxNode lambda) => lambda switch
    {
        SimpleLambdaExpressionSyntax => 1,
        ParenthesizedLambdaExpressionSyntax parenthesized => parenthesized.ParameterList.Parameters.Count,
        AnonymousMethodExpressionSyntax { ParameterList: { } list } => list.Parameters.Count,
        _ => null,
    };

    /// <summary>Key under which the largest constructor count of any source type is kept, for <c>new(…)</c>.</summary>
    private const string ImplicitCreation = "new()";

    private static long Overloads(string name, int arity, IReadOnlyDictionary<string, int> declared) =>
        Math.Max(1, declared.GetValueOrDefault(name) + LibraryOverloads.Of(name, arity));

    private static string? InvokedName(SyntaxNode expression) => expression switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The submission's methods and local functions by name, its constructors by type name, its indexers as <c>this[]</c>.</summary>
    private static Dictionary<string, int> SourceOverloads(IEnumerable<SyntaxNode> roots)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in roots.SelectMany(root => root.DescendantNodes()))
        {
            var name = node switch
            {
                MethodDeclarationSyntax method => method.Identifier.ValueText,
                LocalFunctionStatementSyntax local => local.Identifier.ValueText,
                ConstructorDeclarationSyntax constructor => constructor.Identifier.ValueText,
                TypeDeclarationSyntax { ParameterList: not null } primary => primary.Identifier.ValueText,
                IndexerDeclarationSyntax => "this[]",
                _ => null,
            };
            if (name is not null)
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }

        counts[ImplicitCreation] = roots.SelectMany(root => root.DescendantNodes().OfType<TypeDeclarationSyntax>())
            .Select(type => type.Members.OfType<ConstructorDeclarationSyntax>().Count() + (type.ParameterList is null ? 0 : 1))
            .DefaultIfEmpty(0)
            .Max();
        return counts;
    }

    private static long Multiply(long a, long b) => a > long.MaxValue / Math.Max(1, b) ? long.MaxValue : a * b;
}
