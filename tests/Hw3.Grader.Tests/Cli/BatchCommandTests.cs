using System.IO.Compression;
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
        output.Should().Contain("found no submission in").And.Contain("one sub-folder, .cs/.csx file or .zip per student");
        Directory.Exists(Path.Combine(folder.Path, "graded")).Should().BeFalse("nothing was graded, so nothing is written");
    }

    [Fact]
    public async Task The_submissions_folder_given_one_level_too_high_is_refused_with_the_folder_to_give()
    {
        var (exitCode, output) = await CliRun.RunAsync("batch", Path.Combine(CliRun.RepositoryRoot, "Submissions"), "--out", Path.Combine(Path.GetTempPath(), "hw3-never-" + Guid.NewGuid().ToString("N")));

        exitCode.Should().Be(ExitCodes.BadInvocation);
        output.Should().Contain("looks one level too high").And.Contain("hostile, samples").And.Contain("./hw3 batch");
    }

    [Fact]
    public async Task A_zipped_submission_is_graded_and_a_zip_that_climbs_out_gets_a_line_and_a_no_source_row()
    {
        using var folder = new TempFolder();
        var source = await File.ReadAllTextAsync(Path.Combine(CliRun.Sample("compile-error"), "Hw3.cs"));
        folder.Write("alice/Hw3.cs", source);
        using (var archive = ZipFile.Open(Path.Combine(folder.Path, "dave.zip"), ZipArchiveMode.Create))
        {
            await using var writer = new StreamWriter(await archive.CreateEntry("dave/Hw3.cs").OpenAsync());
            await writer.WriteAsync(source);
        }

        using (var archive = ZipFile.Open(Path.Combine(folder.Path, "mallory.zip"), ZipArchiveMode.Create))
        {
            await using var writer = new StreamWriter(await archive.CreateEntry("../../escape.cs").OpenAsync());
            await writer.WriteAsync("// escape");
        }

        folder.Write("erin/hw3.py", "print(1)");
        var graded = Path.Combine(folder.Path, "graded");

        var (exitCode, output) = await CliRun.RunAsync("batch", folder.Path, "--out", graded, "--jobs", "1");

        exitCode.Should().Be(ExitCodes.Success, output);
        output.Should().Contain("note: unpacked 1 zipped submission (dave.zip) into a temporary folder that is deleted after grading");
        output.Should().Contain("note: mallory.zip: the entry '../../escape.cs' has '..' in its name, which would unpack outside the submission's folder: not unpacked (its row is marked no-source)");
        output.Should().Contain("note: erin holds no .cs or .csx file (hw3.py): its row is marked no-source");
        output.Should().Contain("4 submissions (2 compile-error, 2 no-source)");
        output.Should().Contain("no source (2): erin, mallory");
        var rows = await File.ReadAllLinesAsync(Path.Combine(graded, "grades.csv"));
        rows.Should().ContainSingle(r => r.StartsWith("dave,", StringComparison.Ordinal) && r.EndsWith(",compile-error", StringComparison.Ordinal));
        rows.Should().ContainSingle(r => r.StartsWith("mallory,", StringComparison.Ordinal) && r.EndsWith(",no-source", StringComparison.Ordinal));
        Directory.EnumerateFiles(Path.GetDirectoryName(folder.Path)!, "escape.cs", SearchOption.TopDirectoryOnly).Should().BeEmpty();
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
