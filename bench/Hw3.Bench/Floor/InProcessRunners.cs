using System.Collections.Concurrent;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Runner.Invocation;
using Hw3.Grader.Runner.Loading;

namespace Hw3.Bench.Floor;

/// <summary>
/// The unsafe floor's runners: student code loaded into this process and called with the runner's own
/// invocation code, on one long-lived call thread per submission served the way the runner serves its
/// calls (<see cref="CallThread.Serve"/>). No process, no pipe, no serialization, no sandbox, no time
/// limit: the fastest grading can possibly be.
/// </summary>
internal sealed class InProcessRunners : IRunnerFactory
{
    public IRunnerSession Open(IReadOnlyList<byte[]> assemblies) => new Session(assemblies);

    private sealed record Pending(InvokeRequest Request, TaskCompletionSource<CallOutcome> Done);

    private sealed class Session : IRunnerSession
    {
        private readonly InvokeHandler _invoker;
        private readonly string? _loadFailure;
        private readonly BlockingCollection<Pending> _inbox = new();
        private TaskCompletionSource<CallOutcome>? _answering;
        private Thread? _server;

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

        public Task<CallOutcome> InvokeAsync(MemberCall call, TimeSpan timeout, CancellationToken cancellationToken)
        {
            if (_loadFailure is not null)
            {
                return Task.FromResult(CallOutcome.Failed(CallStatus.NotRun, "could not load: " + _loadFailure));
            }

            if (_server is null)
            {
                _server = new Thread(() => CallThread.Serve(Next)) { IsBackground = true, Name = "floor calls" };
                _server.Start();
            }

            var done = new TaskCompletionSource<CallOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
            _inbox.Add(new Pending(new InvokeRequest(0, call.TypeName, call.MemberName, call.ParameterTypes, call.Arguments), done));
            return done.Task;
        }

        public Task<CallOutcome> EvaluateAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
            throw new NotSupportedException("the bench grades; it does not evaluate expressions");

        public ValueTask DisposeAsync()
        {
            _inbox.CompleteAdding();
            _server?.Join();
            _inbox.Dispose();
            return ValueTask.CompletedTask;
        }

        /// <summary>On the call thread: answers the call just run, then takes requests until the next student call (as the runner's request loop does).</summary>
        private (Func<object?> Call, Func<object?, Grader.Runner.Values.ConvertedValue> Convert)? Next(CallOutcome outcome)
        {
            _answering?.SetResult(outcome);
            _answering = null;
            while (_inbox.TryTake(out var pending, Timeout.Infinite))
            {
                var response = _invoker.Handle(pending.Request);
                if (!ReferenceEquals(response.Outcome, CallThread.Handed))
                {
                    pending.Done.SetResult(response.Outcome);
                }
                else if (CallThread.TakeHanded(out var call, out var convert))
                {
                    _answering = pending.Done;
                    return (call, convert);
                }
            }

            return null;
        }
    }
}
