using System.Globalization;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using static Hw3.Grader.Tests.Execution.Calls;

namespace Hw3.Grader.Tests.Sandbox;

/// <summary>
/// Has the submission start a <c>sleep</c> no other process on this machine runs, and finds it from outside
/// by its argument (inside bubblewrap's PID namespace the pid the student sees is not the machine's).
/// </summary>
internal static class StudentProcesses
{
    private static int _count;

    /// <summary>The machine's pid of the sleep the student started, or null when the runner could not start one (its answer says why).</summary>
    public static async Task<(int? Pid, CallOutcome Answer)> SpawnSleepAsync(IRunnerSession session)
    {
        var seconds = string.Create(CultureInfo.InvariantCulture, $"3600.{Environment.ProcessId}{Interlocked.Increment(ref _count)}");
        var answer = await session.Call(Method("Escape", "Spawn", ("string", WireValue.Of(seconds))));
        return answer.Value == WireValue.Of("started") ? (await ProcessTable.FindAsync("sleep", seconds), answer) : (null, answer);
    }

    /// <summary>
    /// The runner's real uid as it sees it (getuid). Inside bubblewrap's user namespace that is the mapped uid,
    /// which the sandbox sets to the unprivileged one; outside it is the machine's.
    /// </summary>
    public static async Task<int> RunnerUidAsync(IRunnerSession session)
    {
        var answer = await session.Call(Method("Escape", "Uid"));
        answer.Value.Should().NotBeNull($"the runner answers its uid (it said {answer.Message})");
        return (int)answer.Value!.Integer!.Value;
    }
}
