using System.Diagnostics;
using Hw3.Grader.Compilation;
using Hw3.Grader.Compiler.Compiling;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Bench.Floor;

/// <summary>The unsafe floor's compiler: Roslyn in this process (the compile worker's request handler), no worker process.</summary>
internal sealed class InProcessCompiler : ISubmissionCompiler
{
    private readonly ThreadLocal<RequestHandler> _handlers = new(() => new RequestHandler());

    public Task<CompileOutcome> CompileAsync(IReadOnlyList<SourceFile> files, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var response = _handlers.Value!.Handle(new CompileRequest(0, files));
        return Task.FromResult(CompileOutcome.Of(response, CompileFailureMessages.Subject(files), clock.Elapsed));
    }

    public Task<CompileOutcome> CompileExpressionAsync(string expression, IReadOnlyList<SourceFile> submissionFiles, byte[] submissionAssembly, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the bench grades; it does not evaluate expressions");

    public ValueTask DisposeAsync()
    {
        _handlers.Dispose();
        return ValueTask.CompletedTask;
    }
}
