using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compiler.Policy;

/// <summary>
/// Refuses <c>#line</c> directives in student files, read from each file's own text before anything is
/// assembled. The policy decides what is the student's code by the file a location maps to, and a
/// student's <c>#line 1 "&lt;implicit usings&gt;"</c> would otherwise move refused code out of its reach.
/// </summary>
public static class LineDirectives
{
    public const string Code = "HW3P003";

    public static IReadOnlyList<CompileDiagnostic> Check(IEnumerable<SourceFile> files, CSharpParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(files);
        var found = new List<CompileDiagnostic>();
        foreach (var file in files)
        {
            var tree = CSharpSyntaxTree.ParseText(file.Text, options, file.Name);
            var directive = tree.GetRoot()
                .DescendantTrivia(descendIntoTrivia: true)
                .FirstOrDefault(t => t.IsKind(SyntaxKind.LineDirectiveTrivia) || t.IsKind(SyntaxKind.LineSpanDirectiveTrivia));
            if (directive == default)
            {
                continue;
            }

            found.Add(PolicyError.At(
                directive.GetLocation().GetLineSpan(),
                Code,
                "#line directives are not allowed: they change which file and line the grader sees for your code"));
        }

        return found;
    }
}
