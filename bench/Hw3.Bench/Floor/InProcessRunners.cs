using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Runner.Invocation;
using Hw3.Grader.Runner.Loading;

namespace Hw3.Bench.Floor;

/// <summary>
/// The unsafe floor's runners: student code loaded into this process and called with the runner's own
/// invocation code. No process, no pipe, no sandbox, no time limit: the fastest grading can possibly be.
/// </summary>
internal sealed class InProcessRunners : IRunnerFactory
{
    public IRunnerSession Open(IReadOnlyList<byte[]> assemblies) => new Session(assemblies);

    private sealed class Session : IRunnerSession
    {
        private readonly InvokeHandler _invoker;
        private readonly string? _loadFailure;

        public Session(IReadOnlyList<byte[]> assemblies)
        {
            var loader = new SubmissionLoader();
            var loaded = loader.Load(new LoadRequest(assemblies));
            _loadFailure = loaded.Ok ? null : loaded.Message;
            _invoker = new InvokeHandler(loader);
        }

        public CapturedOutput Output { get; } = new("", 0);

        public IReadOnlyList<string> Incidents => [];

        public int RunnerStarts => 0;

        public Task<CallOutcome> InvokeAsync(MemberCall call, TimeSpan timeout, CancellationToken cancellationToken) =>
            Task.FromResult(_loadFailure is not null
                ? CallOutcome.Failed(CallStatus.NotRun, "could not load: " + _loadFailure)
                : _invoker.Handle(new InvokeRequest(0, call.TypeName, call.MemberName, call.ParameterTypes, call.Arguments)).Outcome);

        public Task<CallOutcome> EvaluateAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
            throw new NotSupportedException("the bench grades; it does not evaluate expressions");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
