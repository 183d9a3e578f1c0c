using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using static Hw3.Grader.Tests.Execution.Calls;

namespace Hw3.Grader.Tests.Execution;

/// <summary>
/// The contract SubmissionGrader's visibility groups rest on: one runner serves a submission's groups one after the
/// other (visible first), and a group's InvokeManyAsync returns only once all its calls are decided, so a later group
/// never runs before an earlier one's answers are back and never makes an earlier group's calls run again.
/// </summary>
public sealed class OrderedGroupsTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;

        public static class Keeper
        {
            // Every input this submission was called with, kept across calls: the channel the groups' order closes.
            private static readonly List<int> Received = new List<int>();

            public static int Take(int n)
            {
                Received.Add(n);
                Console.WriteLine("took " + n);
                return n;
            }

            public static string Seen() => string.Join(",", Received);

            public static int Quit() { Environment.Exit(3); return 0; }
        }
        """;

    private static readonly Lazy<byte[]> Image = new(() => TestAssemblies.Library(Source, "keeper"));

    private static readonly RunnerFactory Factory = new(new RunnerOptions());

    private static (MemberCall, TimeSpan) Take(int n) => (Method("Keeper", "Take", ("int", WireValue.Of(n))), Ample);

    private static (MemberCall, TimeSpan) Seen => (Method("Keeper", "Seen"), Ample);

    private static (MemberCall, TimeSpan) Quit => (Method("Keeper", "Quit"), Ample);

    [Fact]
    public async Task Groups_share_one_runner_and_an_earlier_group_never_sees_a_later_groups_inputs()
    {
        await using var session = Factory.Open([Image.Value]);

        var visible = await session.InvokeManyAsync([Take(1), Take(2), Seen], CancellationToken.None);
        var hidden = await session.InvokeManyAsync([Take(99), Seen], CancellationToken.None);

        visible[2].Value.Should().Be(WireValue.Of("1,2"), "the visible group's answers were all back before the hidden input was sent");
        hidden[1].Value.Should().Be(WireValue.Of("1,2,99"), "a later group may see an earlier, more visible group's inputs");
        session.RunnerStarts.Should().Be(1);
        session.Incidents.Should().BeEmpty();
    }

    [Fact]
    public async Task A_crash_in_a_later_group_runs_none_of_the_earlier_groups_calls_again()
    {
        await using var session = Factory.Open([Image.Value]);

        var visible = await session.InvokeManyAsync([Take(1), Take(2)], CancellationToken.None);
        var hidden = await session.InvokeManyAsync([Take(99), Quit, Take(100), Seen], CancellationToken.None);

        visible.Select(o => o.Value).Should().Equal(WireValue.Of(1), WireValue.Of(2));
        hidden[1].Status.Should().Be(CallStatus.Crashed);
        hidden[2].Value.Should().Be(WireValue.Of(100));
        hidden[3].Value.Should().Be(WireValue.Of("100"), "the runner after the crash ran only the hidden group's remaining calls");
        session.Incidents.Should().ContainSingle(i => i.Contains("during Keeper.Quit()", StringComparison.Ordinal));
        var output = (await session.EndAsync()).Text;
        var printed = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        printed.Count(line => line == "took 1").Should().Be(1, "the visible group ran once: {0}", output);
        printed.Count(line => line == "took 2").Should().Be(1, "the visible group ran once: {0}", output);
    }
}
