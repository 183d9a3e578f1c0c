using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compiler.Compiling;

/// <summary>
/// Several .csx files as the one script Roslyn compiles. The files follow each other in the order given
/// (ordinal by name), each under a <c>#line 1 "name"</c> directive so diagnostics keep the right file and
/// line. A script must put its using directives before any other code, so the leading using
/// directives of every file are hoisted to the top (again under <c>#line</c> directives): files can
/// each say <c>using MathNet.Numerics;</c> as a .cs file would.
/// </summary>
public static class ScriptSource
{
    public static string Assemble(IReadOnlyList<SourceFile> scriptFiles, string? trailingExpression = null)
    {
        ArgumentNullException.ThrowIfNull(scriptFiles);
        var headers = new StringBuilder();
        var bodies = new StringBuilder();
        foreach (var file in scriptFiles)
        {
            var (header, body, bodyFirstLine) = Split(file.Text);
            if (header.Length > 0)
            {
                AppendSection(headers, file.Name, 1, header);
            }

            AppendSection(bodies, file.Name, bodyFirstLine, body);
        }

        if (trailingExpression is not null)
        {
            AppendSection(bodies, CompilerSettings.ExpressionFileName, 1, trailingExpression);
        }

        return headers.Append(bodies).ToString();
    }

    /// <summary>The lines up to the last leading using directive, the rest, and the rest's first line (1-based).</summary>
    private static (string Header, string Body, int BodyFirstLine) Split(string text)
    {
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(text, CompilerSettings.ScriptParseOptions).GetRoot();
        if (root.Usings.Count == 0)
        {
            return ("", text, 1);
        }

        var source = SourceText.From(text);
        var lastUsingLine = source.Lines.GetLineFromPosition(root.Usings[^1].Span.End);
        var split = lastUsingLine.EndIncludingLineBreak;
        return (text[..split], text[split..], lastUsingLine.LineNumber + 2);
    }

    private static void AppendSection(StringBuilder target, string fileName, int firstLine, string text)
    {
        target.Append("#line ")
            .Append(firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(" \"")
            .Append(fileName.Replace('"', '\''))
            .Append("\"\n")
            .Append(text);
        if (text.Length > 0 && text[^1] is not ('\n' or '\r'))
        {
            target.Append('\n');
        }
    }
}
