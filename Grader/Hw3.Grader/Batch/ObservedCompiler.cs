using Hw3.Grader.Compilation;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Batch;

/// <summary>Passes one submission's compilation through to the shared compiler and remembers how it ended.</summary>
internal sealed class ObservedCompiler(ISubmissionCompiler inner) : ISubmissionCompiler
{
    public CompileOutcome? Outcome { get; private set; }

    public async Task<CompileOutcome> CompileAsync(IReadOnlyList<SourceFile> files, CancellationToken cancellationToken)
    {
        Outcome = await inner.CompileAsync(files, cancellationToken).ConfigureAwait(false);
        return Outcome;
    }

    public Task<CompileOutcome> CompileExpressionAsync(string expression, IReadOnlyList<SourceFile> submissionFiles, byte[] submissionAssembly, CancellationToken cancellationToken) =>
        inner.CompileExpressionAsync(expression, submissionFiles, submissionAssembly, cancellationToken);

    /// <summary>The shared compiler outlives every submission: nothing to dispose here.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
