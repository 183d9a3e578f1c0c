using System.Diagnostics;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compiler.Compiling;

/// <summary>Turns one compile request into its response; <see cref="WarmUp"/> pays Roslyn's start-up once.</summary>
public sealed class RequestHandler
{
    public CompileResponse Handle(CompileRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        CompileResponse result;
        try
        {
            result = request.Expression is null
                ? SubmissionCompiler.Compile(request.Files, request.LanguageLayerOff)
                : ExpressionCompiler.Compile(request.Expression, request.Files ?? [], request.SubmissionAssembly);
        }
        catch (OutOfMemoryException)
        {
            // The worker's GC heap limit (set by the grader) was reached: this submission's failure, told as one.
            result = CompileResponse.Failed(PolicyDiagnostics.OutOfMemory(FirstFile(request)));
        }

        // An eval expression is always compiled with the language layer: the switch is for submissions in tests only.
        var languageLayerOff = request.LanguageLayerOff && request.Expression is null;
        return result with { Id = request.Id, ElapsedMs = clock.Elapsed.TotalMilliseconds, LanguageLayerOff = languageLayerOff };
    }

    private static string FirstFile(CompileRequest request) =>
        request.Files is { Count: > 0 } files ? files.Select(f => SourceFileName.Normalize(f.Name)).Order(StringComparer.Ordinal).First() : PolicyDiagnostics.SubmissionFileName;

    /// <summary>
    /// Compiles a small library, an expression against it and a small script, so that the first real
    /// submission is compiled as fast as the hundredth (the JIT work happens before the worker says ready).
    /// </summary>
    /// <returns>The diagnostics of any warm-up compile that failed: none unless the references are broken.</returns>
    public IReadOnlyList<CompileDiagnostic> WarmUp()
    {
        // The lambda makes the policy read its tables of library overloads and namespaces now, not in the first submission.
        const string Library = "public static class WarmUp { public static double Twice(double x) => 2 * new[] { x }.Sum(y => y); }";
        var library = Handle(new CompileRequest(0, [new SourceFile("WarmUp.cs", Library)]));
        var expression = Handle(new CompileRequest(0, [], "WarmUp.Twice(new[] { 1.0 }.Sum())", library.Assembly));
        var script = Handle(new CompileRequest(0, [new SourceFile("WarmUp.csx", "using System;\n" + Library + "\nWarmUp.Twice(Math.PI)")]));
        return [.. new[] { library, expression, script }.Where(r => !r.Succeeded).SelectMany(r => r.Diagnostics)];
    }
}
