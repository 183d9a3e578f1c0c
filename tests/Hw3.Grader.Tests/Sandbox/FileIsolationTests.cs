using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Tests.Cli;
using static Hw3.Grader.Tests.Execution.Calls;

namespace Hw3.Grader.Tests.Sandbox;

/// <summary>Inside the sandbox a student sees none of the grader's files and can write only to its own folder.</summary>
[Collection(SandboxCollection.Name)]
public sealed class FileIsolationTests : IDisposable
{
    private static readonly string Rubric = Path.Combine(CliRun.RepositoryRoot, "rubrics", "hw3.json");

    /// <summary>A folder of the grader's (a stand-in for /autograder), outside the runner's own.</summary>
    private readonly string _graderFolder = Directory.CreateTempSubdirectory("hw3-sandbox-grader-").FullName;

    private readonly string _inRepository = Path.Combine(CliRun.RepositoryRoot, "tests", $"sandbox-escape-{Environment.ProcessId}.txt");

    [Theory]
    [InlineData(null)]
    [InlineData(SandboxLayer.Bubblewrap)]
    public async Task The_rubric_cannot_be_read_from_inside_the_sandbox(SandboxLayer? only)
    {
        File.Exists(Rubric).Should().BeTrue("the grader itself reads the rubric here");
        if (!Sandboxes.Has(SandboxLayer.Bubblewrap))
        {
            return; // Without bubblewrap the rubric is hidden by nothing: Has asserted that the probe says so.
        }

        await using var session = Sandboxes.Open(only);

        var outcome = await session.Call(Method("Escape", "Read", ("string", WireValue.Of(Rubric))));

        outcome.Value!.Text.Should().StartWith("refused: ");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(SandboxLayer.Bubblewrap)]
    [InlineData(SandboxLayer.Setpriv)]
    public async Task Etc_shadow_cannot_be_read_from_inside_the_sandbox(SandboxLayer? only)
    {
        if (only is { } layer && !Sandboxes.Has(layer))
        {
            return;
        }

        await using var session = Sandboxes.Open(only);

        var outcome = await session.Call(Method("Escape", "Read", ("string", WireValue.Of("/etc/shadow"))));

        outcome.Value!.Text.Should().StartWith("refused: ");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(SandboxLayer.Bubblewrap)]
    [InlineData(SandboxLayer.Setpriv)]
    public async Task Nothing_is_written_outside_the_runners_own_folder_which_only_bubblewraps_private_tmp_makes_writable(SandboxLayer? only)
    {
        if (only is { } layer && !Sandboxes.Has(layer))
        {
            return;
        }

        var inGraderFolder = Path.Combine(_graderFolder, "results.json");
        await using var session = Sandboxes.Open(only);

        var repository = await session.Call(Method("Escape", "Write", ("string", WireValue.Of(_inRepository))));
        var grader = await session.Call(Method("Escape", "Write", ("string", WireValue.Of(inGraderFolder))));
        var own = await session.Call(Method("Escape", "Write", ("string", WireValue.Of("scratch.txt"))));

        repository.Value!.Text.Should().StartWith("refused: ");
        grader.Value!.Text.Should().StartWith("refused: ");
        File.Exists(_inRepository).Should().BeFalse();
        File.Exists(inGraderFolder).Should().BeFalse();
        if (only == SandboxLayer.Bubblewrap)
        {
            own.Value.Should().Be(WireValue.Of("wrote"), "bubblewrap alone gives the runner a private tmpfs, discarded with it");
        }
        else
        {
            own.Value!.Text.Should().StartWith("refused: ", "the grader never hands the runner a folder it can write, and the full sandbox's Landlock refuses every write");
        }
    }

    public void Dispose()
    {
        File.Delete(_inRepository);
        Directory.Delete(_graderFolder, recursive: true);
    }
}
