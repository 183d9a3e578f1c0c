using Hw3.Grader.Submissions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Hw3.Grader.Batch.Recovery;

/// <summary>
/// Reads free-text answers out of a submission that did not compile, from its syntax tree alone: for an answer-API
/// member <c>Q1.Why</c>, the string constant (<see cref="StringConstantFolder"/>) that the property <c>Why</c> of a
/// class <c>Q1</c> returns (<c>=&gt; "…"</c>, <c>get =&gt; "…"</c>, <c>get { return "…"; }</c>, or an initializer).
/// Nothing is compiled, bound or run. Only parsing happens in the grader, on a thread of its own with a deep stack and
/// a time limit, and only for a source within <see cref="MaxSourceCharacters"/>; past either, nothing is recovered.
/// </summary>
public static class AnswerRecovery
{
    /// <summary>Far above any homework's size: a larger source is not parsed in the grader at all.</summary>
    public const int MaxSourceCharacters = 512 * 1024;

    private static readonly TimeSpan ParseTimeLimit = TimeSpan.FromSeconds(5);

    /// <summary>Member id → the text it returns, for each member whose text could be read.</summary>
    public static IReadOnlyDictionary<string, string> Recover(SubmissionSource source, IReadOnlyCollection<string> memberIds)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (memberIds.Count == 0 || source.Files.Sum(f => (long)(f.Text?.Length ?? 0)) > MaxSourceCharacters)
        {
            return found;
        }

        // Roslyn's parser guards its own recursion; a thread with a large stack and a time limit bounds the rest.
        var thread = new Thread(() => Read(source, memberIds, found), 256 * 1024 * 1024) { IsBackground = true, Name = "answer recovery" };
        thread.Start();
        if (!thread.Join(ParseTimeLimit))
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        return found;
    }

    private static void Read(SubmissionSource source, IReadOnlyCollection<string> memberIds, Dictionary<string, string> found)
    {
        try
        {
            var options = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None);
            var classes = source.Files
                .Select(f => CSharpSyntaxTree.ParseText(f.Text ?? "", f.Name.EndsWith(".csx", StringComparison.OrdinalIgnoreCase) ? options.WithKind(SourceCodeKind.Script) : options))
                .SelectMany(t => t.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
                .ToList();
            foreach (var id in memberIds)
            {
                var dot = id.IndexOf('.', StringComparison.Ordinal);
                if (dot <= 0)
                {
                    continue;
                }

                var (type, member) = (id[..dot], id[(dot + 1)..]);
                foreach (var declaration in classes.Where(c => c.Identifier.ValueText == type))
                {
                    if (TextOf(declaration, member) is { } text)
                    {
                        found[id] = text;
                        break;
                    }
                }
            }
        }
        catch (Exception e) when (e is InsufficientExecutionStackException or InvalidOperationException or ArgumentException)
        {
            found.Clear();
        }
    }

    private static string? TextOf(ClassDeclarationSyntax declaration, string member)
    {
        var constants = declaration.Members.OfType<FieldDeclarationSyntax>()
            .Where(f => f.Modifiers.Any(SyntaxKind.ConstKeyword))
            .SelectMany(f => f.Declaration.Variables)
            .Where(v => v.Initializer is not null)
            .GroupBy(v => v.Identifier.ValueText, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Initializer!.Value, StringComparer.Ordinal);
        var returned = declaration.Members.OfType<PropertyDeclarationSyntax>()
            .Where(p => p.Identifier.ValueText == member)
            .Select(Returned)
            .Concat(declaration.Members.OfType<FieldDeclarationSyntax>()
                .SelectMany(f => f.Declaration.Variables)
                .Where(v => v.Identifier.ValueText == member)
                .Select(v => v.Initializer?.Value))
            .FirstOrDefault(e => e is not null);
        return returned is null ? null : StringConstantFolder.Fold(returned, constants);
    }

    /// <summary>The expression a property returns, when it is one expression (an arrow, a lone return, an initializer).</summary>
    private static ExpressionSyntax? Returned(PropertyDeclarationSyntax property)
    {
        if (property.ExpressionBody is { } arrow)
        {
            return arrow.Expression;
        }

        if (property.Initializer is { } initializer)
        {
            return initializer.Value;
        }

        var getter = property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration));
        return getter?.ExpressionBody?.Expression
            ?? (getter?.Body?.Statements is [ReturnStatementSyntax { Expression: { } value }] ? value : null);
    }
}
