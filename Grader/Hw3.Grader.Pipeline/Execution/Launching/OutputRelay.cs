using Hw3.Grader.Execution.Output;

namespace Hw3.Grader.Execution.Launching;

/// <summary>
/// Where a runner's stdout and stderr go: the capture of the session that owns the runner. A runner
/// started ahead of need has no owner yet; what it prints before it is claimed (normally nothing: no
/// student code runs before the submission is loaded) is dropped.
/// </summary>
internal sealed class OutputRelay
{
    private OutputCapture? _target;

    public OutputRelay(OutputCapture? target = null) => _target = target;

    public void Attach(OutputCapture target) => Volatile.Write(ref _target, target);

    public void Append(byte[] buffer, int count) => Volatile.Read(ref _target)?.Append(buffer, count);
}
