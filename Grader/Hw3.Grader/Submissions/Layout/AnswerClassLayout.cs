using System.Globalization;
using Hw3.Grader.AnswerApi;
using Hw3.Grader.Protocol.Messages;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Hw3.Grader.Submissions.Layout;

/// <summary>
/// Finds the root cause behind a wall of errors: an answer class that is missing, declared inside a namespace or a type
/// (the grader calls <c>Q1</c> at the top level), or declared twice (<c>Hw3.cs</c> beside a downloaded <c>Hw3 (1).cs</c>
/// gives dozens of "ambiguous call" errors). Syntax only: nothing is compiled or run, so a file that does not compile is
/// read too. Each problem is one sentence naming the file and line of every declaration involved.
/// </summary>
public static class AnswerClassLayout
{
    private static readonly IReadOnlyList<string> AnswerTypes = AnswerApiCatalog.Members.Select(m => m.TypeName).Distinct().Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> Problems(IReadOnlyList<SourceFile> files)
    {
        IReadOnlyList<AnswerClassDeclaration> declarations;
        try
        {
            declarations = Declarations(files);
        }
        catch (Exception e) when (e is InsufficientExecutionStackException or InvalidOperationException or ArgumentException)
        {
            // A file too deeply nested to walk: the compiler's own errors will say what is wrong with it.
            return [];
        }

        var problems = new List<string>();
        problems.AddRange(Duplicates(declarations));
        foreach (var type in AnswerTypes)
        {
            var own = declarations.Where(d => d.TypeName == type).ToList();
            if (own.Count == 0)
            {
                problems.Add($"{type} is not declared in any file. Keep every class of the template (Q1 … Q6), even one you have not answered yet.");
            }
            else if (own.All(d => d.Container is not null))
            {
                problems.Add($"{type} is declared inside {own[0].Container} ({Where(own[0])}), but it must be at the top level of the file as in the template: " +
                             "remove the namespace (or the enclosing class) around it.");
            }
        }

        return problems;
    }

    public static IReadOnlyList<AnswerClassDeclaration> Declarations(IReadOnlyList<SourceFile> files)
    {
        var options = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None);
        var found = new List<AnswerClassDeclaration>();
        foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var script = file.Name.EndsWith(".csx", StringComparison.OrdinalIgnoreCase);
            var tree = CSharpSyntaxTree.ParseText(file.Text, script ? options.WithKind(SourceCodeKind.Script) : options);
            var types = tree.GetRoot()
                .DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
                .OfType<TypeDeclarationSyntax>()
                .Where(t => AnswerTypes.Contains(t.Identifier.ValueText));
            foreach (var type in types)
            {
                var line = type.Identifier.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                var partial = type.Modifiers.Any(m => m.IsKind(SyntaxKind.PartialKeyword));
                found.Add(new AnswerClassDeclaration(type.Identifier.ValueText, file.Name, line, partial, Container(type.Parent)));
            }
        }

        return found;
    }

    /// <summary>
    /// Top-level declarations of one class in more than one place (partial ones excepted), said once per set of files: a
    /// second copy of the whole file duplicates all six classes, and one sentence names each file and line.
    /// </summary>
    private static IEnumerable<string> Duplicates(IReadOnlyList<AnswerClassDeclaration> declarations)
    {
        var twice = declarations
            .Where(d => d.Container is null)
            .GroupBy(d => d.TypeName)
            .Where(g => g.Count() > 1 && !g.All(d => d.IsPartial))
            .ToList();
        foreach (var sameFiles in twice.GroupBy(g => string.Join("\n", g.Select(d => d.File).Distinct())))
        {
            var types = sameFiles.Select(g => g.Key).ToList();
            var files = sameFiles.First().Select(d => d.File).Distinct().ToList();
            var places = string.Join("; ", sameFiles.SelectMany(g => g).GroupBy(d => d.File).Select(f =>
                $"{f.Key} ({string.Join(", ", f.Select(d => $"{d.TypeName} line {d.Line.ToString(CultureInfo.InvariantCulture)}"))})"));
            var subject = types.Count == 1 ? $"{types[0]} is" : $"{string.Join(", ", types.SkipLast(1))} and {types[^1]} are";
            yield return files.Count > 1
                ? $"{subject} declared in more than one file: {places}. Keep one of the files (a downloaded copy such as \"Hw3 (1).cs\" declares everything again)."
                : $"{subject} declared more than once in {places}. Keep one declaration of each class.";
        }
    }

    private static string? Container(SyntaxNode? parent) => parent switch
    {
        BaseNamespaceDeclarationSyntax ns => "namespace " + ns.Name,
        TypeDeclarationSyntax type => "class " + type.Identifier.ValueText,
        _ => null,
    };

    private static string Where(AnswerClassDeclaration declaration) =>
        $"{declaration.File} line {declaration.Line.ToString(CultureInfo.InvariantCulture)}";
}
