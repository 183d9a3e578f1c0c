using Hw3.Grader.Protocol.Values;
using static Hw3.Grader.Tests.Execution.Calls;

namespace Hw3.Grader.Tests.Sandbox;

[Collection(SandboxCollection.Name)]
public sealed class MemoryLimitTests
{
    /// <summary>8 GB of native address space, twice the limit; never touched, so without the limit it costs no memory.</summary>
    private const int Chunks = 16;

    [Theory]
    [InlineData(null)]
    [InlineData(SandboxLayer.Prlimit)]
    public async Task Native_memory_past_the_address_space_limit_fails_only_that_call_in_plain_words(SandboxLayer? only)
    {
        if (!Sandboxes.Has(SandboxLayer.Prlimit))
        {
            return;
        }

        await using var session = Sandboxes.Open(only);

        var reserve = await session.Call(Method("Escape", "ReserveNative", ("int", WireValue.Of(Chunks))));
        var next = await session.Call(Method("Escape", "Twice", ("int", WireValue.Of(21))));

        reserve.Status.Should().BeOneOf(CallStatus.Threw, CallStatus.Crashed);
        reserve.Message.Should().Match(m => m.Contains("ran out of memory", StringComparison.Ordinal) || m.StartsWith("crashed", StringComparison.Ordinal));
        next.Value.Should().Be(WireValue.Of(42));
    }

    /// <summary>
    /// HOLE: with the default 4 GB address-space limit and the 1 GB GC heap limit, a submission that hoards
    /// 16 MB arrays makes the runtime segfault (exit code 139) before the GC throws OutOfMemoryException
    /// (8 MB arrays, or an 8 GB address space, end cleanly); the student then reads "ended the runner process
    /// (exit code 139) without answering — e.g. Environment.Exit".
    /// </summary>
    [Fact]
    public async Task Managed_memory_past_the_heap_limit_inside_the_sandbox_ends_the_call_as_ran_out_of_memory()
    {
        await using var session = Sandboxes.Open(null);

        var hoard = await session.Call(Method("Escape", "HoardManaged"));
        var next = await session.Call(Method("Escape", "Twice", ("int", WireValue.Of(21))));

        hoard.Status.Should().BeOneOf(CallStatus.Threw, CallStatus.Crashed);
        hoard.Message.Should().Contain("memory").And.NotContain("Environment.Exit");
        next.Value.Should().Be(WireValue.Of(42));
    }
}
