using System.Diagnostics;
using System.Globalization;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Tests.Sandbox;
using static Hw3.Grader.Tests.Execution.Calls;

namespace Hw3.Grader.Tests.Execution;

/// <summary>
/// A process that outlives the runner and holds its stdout, stderr and protocol pipes open (what a student's
/// <c>setsid</c> helper did before seccomp refused new processes) must not stall grading: once the runner is gone,
/// the grader waits for those pipes' end only a short grace. The fake runner command starts such a holder,
/// out of the runner's process group, before the real runner.
/// </summary>
public sealed class PipeHolderTests
{
    [Fact]
    public async Task A_runner_that_crashes_while_a_process_it_left_holds_its_pipes_costs_its_call_not_the_grading()
    {
        var holder = new PipeHolder();
        try
        {
            var clock = Stopwatch.StartNew();
            await using (var session = new RunnerFactory(new RunnerOptions(), holder).Open([HostileSubmission.Image]))
            {
                var quit = await session.Call(Method("Bad", "Quit"));
                var after = await session.Call(Method("Good", "Twice", ("int", WireValue.Of(21))));

                quit.Status.Should().Be(CallStatus.Crashed);
                after.Value.Should().Be(WireValue.Of(42), "a fresh runner serves the next call");
            }

            (await holder.CountAsync()).Should().BeGreaterThanOrEqualTo(2, "each runner left a holder, or this test tests nothing");
            // Not a speed target: the holder lives 600 s, and grading must not wait for it. Two runner ends take their
            // 2 s output grace each; the rest is slack for a loaded machine.
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "two runner ends at the 2 s output grace each, not a wait for an end of stream that only comes when the holder dies");
        }
        finally
        {
            holder.KillAll();
        }
    }

    [Fact]
    public async Task A_runner_that_ends_before_it_is_ready_while_its_pipes_are_held_fails_its_start_at_once()
    {
        var holder = new PipeHolder(exitInstead: true);
        try
        {
            var clock = Stopwatch.StartNew();
            await using (var session = new RunnerFactory(new RunnerOptions(), holder).Open([HostileSubmission.Image]))
            {
                var call = () => session.Call(Method("Good", "Twice", ("int", WireValue.Of(21)))).WaitAsync(TimeSpan.FromSeconds(15));

                await call.Should().ThrowAsync<RunnerStartException>().WithMessage("*ended (exit code 3) before it was ready*");
            }

            (await holder.CountAsync()).Should().BeGreaterThanOrEqualTo(1);
            // Not a speed target: a start that waited for its 20 s timeout would make two take 40 s, and the holder lives 600 s;
            // below that is slack for a loaded machine (13.7 s seen at a load of 20 on 2 cores).
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "two starts that each fail at once (not after the 20 s start timeout, nor blocked for as long as the holder lives)");
        }
        finally
        {
            holder.KillAll();
        }
    }

    /// <summary>Runs <c>setsid sleep &lt;unique&gt; &amp;</c> before the runner (or instead of it, then exits 3).</summary>
    private sealed class PipeHolder(bool exitInstead = false) : IRunnerCommandWrapper
    {
        private readonly string _seconds = string.Create(CultureInfo.InvariantCulture, $"600.{Environment.ProcessId}{Random.Shared.Next(100_000, 999_999)}");

        public RunnerCommand Wrap(RunnerCommand command) => command with
        {
            FileName = "/bin/sh",
            Arguments = ["-c", exitInstead ? $"setsid sleep {_seconds} & exit 3" : $"setsid sleep {_seconds} & exec \"$@\"", "sh", command.FileName, .. command.Arguments],
        };

        public async Task<int> CountAsync()
        {
            await Task.Delay(100);
            return Pids().Count;
        }

        public void KillAll()
        {
            foreach (var pid in Pids())
            {
                try
                {
                    Process.GetProcessById(pid).Kill();
                }
                catch (ArgumentException)
                {
                    // Already gone.
                }
            }
        }

        private List<int> Pids()
        {
            var pids = new List<int>();
            foreach (var folder in Directory.EnumerateDirectories("/proc"))
            {
                try
                {
                    if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                        && File.ReadAllText(Path.Combine(folder, "cmdline")) == "sleep\0" + _seconds + "\0")
                    {
                        pids.Add(pid);
                    }
                }
                catch (IOException)
                {
                    // Ended while looking.
                }
            }

            return pids;
        }
    }
}
