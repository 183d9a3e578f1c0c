using Hw3.Grader.Compilation;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Bench.Cold;

/// <summary>The grader's compiler, with the start and end of each compilation marked on a timeline.</summary>
internal sealed class TimedCompiler(ISubmissionCompiler inner, Timeline timeline) : ISubmissionCompiler
{
    public async Task<CompileOutcome> CompileAsync(IReadOnlyList<SourceFile> files, CancellationToken cancellationToken)
    {
        timeline.Mark("compile asked");
        var outcome = await inner.CompileAsync(files, cancellationToken);
        timeline.Mark("compiled (" + (outcome is CompileSucceeded ? "succeeded" : "failed") + ")");
        return outcome;
    }

    public Task<CompileOutcome> CompileExpressionAsync(string expression, IReadOnlyList<SourceFile> submissionFiles, byte[] submissionAssembly, CancellationToken cancellationToken) =>
        inner.CompileExpressionAsync(expression, submissionFiles, submissionAssembly, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
