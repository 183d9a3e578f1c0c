using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compiler.Policy;

/// <summary>
/// Refuses namespace declarations (block or file-scoped, nested or dotted) whose first segment is a root
/// namespace of a referenced assembly: System, Microsoft, MathNet, … read from the references themselves.
/// The compiler and the runtime recognise special attributes and types by namespace and name, not by the
/// assembly that declares them, and the policy trusts whatever the student declares: a home-made
/// <c>System.Runtime.InteropServices.StructLayoutAttribute</c> lays fields out explicitly (two object fields
/// on one slot, an unchecked cast), a home-made <c>System.Runtime.CompilerServices.ModuleInitializerAttribute</c>
/// runs code when the assembly loads. Checked on syntax, before anything is bound.
/// </summary>
public static class ReservedNamespaces
{
    public const string Code = "HW3P004";

    private static readonly Lazy<IReadOnlySet<string>> Roots = new(ReadRoots);

    /// <summary>The top-level namespaces the referenced assemblies define (System, Microsoft, MathNet, …).</summary>
    public static IReadOnlySet<string> Reserved => Roots.Value;

    public static IReadOnlyList<CompileDiagnostic> Check(IEnumerable<SyntaxTree> trees)
    {
        ArgumentNullException.ThrowIfNull(trees);
        var found = new List<CompileDiagnostic>();
        foreach (var tree in trees)
        {
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>())
            {
                var full = FullName(declaration);
                var root = full.Split('.', 2)[0];
                if (Reserved.Contains(root))
                {
                    found.Add(PolicyError.At(
                        declaration.Name.GetLocation().GetMappedLineSpan(),
                        Code,
                        $"declaring namespace {full} is not allowed: {root} belongs to the libraries (the compiler and the runtime give some of its names special meaning); put your code in the global namespace or a namespace of your own"));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The namespace a declaration opens, with the names of the declarations around it (<c>namespace System { namespace Runtime … }</c>),
    /// from identifier values: <c>@System</c>, <c>\u0053ystem</c> and comments between the dots do not hide it.
    /// </summary>
    private static string FullName(BaseNamespaceDeclarationSyntax declaration) => string.Join(
        '.',
        declaration.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().Reverse().SelectMany(Segments));

    /// <summary>The identifiers of a declaration's name; in <c>global::System</c> (not valid C#, but it parses) <c>global</c> is a keyword, not one of them.</summary>
    private static IEnumerable<string> Segments(BaseNamespaceDeclarationSyntax declaration) => declaration.Name
        .DescendantTokens()
        .Where(token => token.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken))
        .Select(token => token.ValueText);

    private static HashSet<string> ReadRoots()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("roots", references: Compiling.CompilerReferences.All);
        return compilation.GlobalNamespace.GetNamespaceMembers().Select(ns => ns.Name).ToHashSet(StringComparer.Ordinal);
    }
}
