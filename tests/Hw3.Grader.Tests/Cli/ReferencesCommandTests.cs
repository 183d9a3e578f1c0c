using Hw3.Grader.Cli;
using Hw3.Grader.References.Precomputed;

namespace Hw3.Grader.Tests.Cli;

/// <summary><c>hw3 references</c>: the sealed file the autograder reads instead of computing.</summary>
public sealed class ReferencesCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hw3-references-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_file_it_writes_is_taken_by_this_grader_for_this_rubric()
    {
        var file = Path.Combine(_folder, "hw3.references");

        var (exitCode, output) = await CliRun.RunAsync("references", "--out", file);

        exitCode.Should().Be(ExitCodes.Success, output);
        output.Should().MatchRegex("wrote .*hw3.references: [0-9]+ reference values for ");
        GraderServices.LoadRubric(RubricLocator.Resolve(null)).TryGet(out var rubric, out _).Should().BeTrue();
        ReferenceFile.Read(file, GraderServices.ReferenceStores, GraderServices.ReferenceTarget(rubric!)).TryGet(out var entries, out var reason).Should().BeTrue(reason);
        entries.Should().BeGreaterThan(100, "every formula value, experiment and expectation of the rubric is in it");
    }

    [Fact]
    public async Task An_out_path_that_cannot_be_written_is_named_with_exit_2()
    {
        var blocker = Path.Combine(_folder, "a-file");
        await File.WriteAllTextAsync(blocker, "");

        var (exitCode, output) = await CliRun.RunAsync("references", "--out", Path.Combine(blocker, "hw3.references"));

        exitCode.Should().Be(ExitCodes.BadInvocation);
        output.Should().Contain("--out: cannot write the reference file").And.Contain("a-file");
    }

    [Fact]
    public async Task A_rubric_that_does_not_load_writes_nothing_and_exits_3()
    {
        var rubric = Path.Combine(_folder, "broken.json");
        await File.WriteAllTextAsync(rubric, "{ \"title\": ");

        var (exitCode, _) = await CliRun.RunAsync("references", "--rubric", rubric, "--out", Path.Combine(_folder, "x.references"));

        exitCode.Should().Be(ExitCodes.UnusableRubric);
        File.Exists(Path.Combine(_folder, "x.references")).Should().BeFalse();
    }
}
