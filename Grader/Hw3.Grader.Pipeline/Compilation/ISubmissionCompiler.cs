using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compilation;

/// <summary>
/// Compiles student source out of process. Expected failures (compile errors, limits, a hang or crash
/// of the compiler) come back as <see cref="CompileFailed"/>; exceptions mean cancellation or a broken
/// grading machine (<see cref="CompileWorkerStartException"/>).
/// </summary>
public interface ISubmissionCompiler : IAsyncDisposable
{
    /// <summary>Compiles a submission: all .cs files as one library, or all .csx files as one script.</summary>
    Task<CompileOutcome> CompileAsync(IReadOnlyList<SourceFile> files, CancellationToken cancellationToken);

    /// <summary>
    /// Compiles a <c>./hw3 eval</c> expression against a compiled submission into a script assembly whose
    /// class <c>Submission#0</c> has <c>static Task&lt;object&gt; &lt;Factory&gt;(object[])</c>.
    /// </summary>
    Task<CompileOutcome> CompileExpressionAsync(
        string expression,
        IReadOnlyList<SourceFile> submissionFiles,
        byte[] submissionAssembly,
        CancellationToken cancellationToken);
}
