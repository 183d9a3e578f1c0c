using Hw3.Grader.Cli;
using Hw3.Grader.Tests.Batch;

namespace Hw3.Grader.Tests.Cli;

public sealed class BatchCommandTests
{
    [Fact]
    public async Task An_empty_class_folder_grades_nothing_and_exits_two()
    {
        using var folder = new TempFolder();

        var (exitCode, output) = await CliRun.RunAsync("batch", folder.Path, "--out", Path.Combine(folder.Path, "graded"));

        exitCode.Should().Be(ExitCodes.BadInvocation);
        output.Should().Contain("found no submission in").And.Contain("one sub-folder or .cs/.csx file per student");
        Directory.Exists(Path.Combine(folder.Path, "graded")).Should().BeFalse("nothing was graded, so nothing is written");
    }

    [Fact]
    public async Task A_class_of_zips_only_says_to_unzip_them_and_exits_two()
    {
        using var folder = new TempFolder();
        folder.Write("dave.zip", "PK");

        var (exitCode, output) = await CliRun.RunAsync("batch", folder.Path, "--out", Path.Combine(folder.Path, "graded"));

        exitCode.Should().Be(ExitCodes.BadInvocation);
        output.Should().Contain("dave.zip: zipped submissions are not unpacked yet: unzip it into a folder of its own");
        output.Should().Contain("found no submission").And.Contain("unzip them into folders");
    }

    [Fact]
    public async Task The_submissions_folder_given_one_level_too_high_is_refused_with_the_folder_to_give()
    {
        var (exitCode, output) = await CliRun.RunAsync("batch", Path.Combine(CliRun.RepositoryRoot, "Submissions"), "--out", Path.Combine(Path.GetTempPath(), "hw3-never-" + Guid.NewGuid().ToString("N")));

        exitCode.Should().Be(ExitCodes.BadInvocation);
        output.Should().Contain("looks one level too high").And.Contain("hostile, samples").And.Contain("./hw3 batch");
    }

    [Fact]
    public async Task A_zip_beside_real_submissions_gets_a_line_and_a_no_source_row()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(CliRun.Sample("compile-error"), "Hw3.cs"), folder.Write("alice/Hw3.cs", ""), overwrite: true);
        folder.Write("dave.zip", "PK");
        folder.Write("erin/hw3.py", "print(1)");
        var graded = Path.Combine(folder.Path, "graded");

        var (exitCode, output) = await CliRun.RunAsync("batch", folder.Path, "--out", graded, "--jobs", "1");

        exitCode.Should().Be(ExitCodes.Success, output);
        output.Should().Contain("note: dave.zip: zipped submissions are not unpacked yet");
        output.Should().Contain("note: erin holds no .cs or .csx file (hw3.py): its row is marked no-source");
        output.Should().Contain("3 submissions (1 compile-error, 2 no-source)");
        output.Should().Contain("no source (2): dave, erin");
        var rows = await File.ReadAllLinesAsync(Path.Combine(graded, "grades.csv"));
        rows.Should().ContainSingle(r => r.StartsWith("dave,", StringComparison.Ordinal) && r.EndsWith(",no-source", StringComparison.Ordinal));
        rows.Should().ContainSingle(r => r.StartsWith("erin,", StringComparison.Ordinal) && r.EndsWith(",no-source", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cancelled_batch_says_in_one_line_how_many_are_done_and_that_a_rerun_continues()
    {
        using var folder = new TempFolder();
        folder.Write("alice.cs", "// a");
        folder.Write("bob.cs", "// b");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var (exitCode, output) = await CliRun.RunAsync(cancelled.Token, "batch", folder.Path, "--out", Path.Combine(folder.Path, "graded"));

        exitCode.Should().Be(ExitCodes.Cancelled);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().ContainSingle(l => l.StartsWith("cancelled", StringComparison.Ordinal))
            .Which.Should().Be("cancelled: 0 of 2 submissions done and saved; run the same command again to continue");
        output.Should().NotContain("submissions (", "no summary is printed for a batch that did not finish");
    }
}
