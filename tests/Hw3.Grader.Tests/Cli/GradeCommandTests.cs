using Hw3.Grader.Cli;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Tests.Cli;

public sealed class GradeCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("hw3-cli-").FullName;

    [Fact]
    public async Task A_path_that_does_not_exist_is_a_bad_invocation_naming_the_path()
    {
        var (exitCode, output) = await CliRun.RunAsync("grade", Path.Combine(_temp, "nowhere.cs"), "--rubric", Rubric());

        exitCode.Should().Be(ExitCodes.BadInvocation);
        output.Should().Contain("nowhere.cs").And.Contain("does not exist");
    }

    [Fact]
    public async Task A_file_that_is_not_csharp_is_a_bad_invocation()
    {
        var notes = Path.Combine(_temp, "notes.txt");
        await File.WriteAllTextAsync(notes, "hello");

        var (exitCode, output) = await CliRun.RunAsync("grade", notes, "--rubric", Rubric());

        exitCode.Should().Be(ExitCodes.BadInvocation);
        output.Should().Contain("expected a .cs or .csx file");
    }

    [Fact]
    public async Task A_malformed_rubric_is_refused_with_the_json_path_and_line_to_fix()
    {
        var rubric = Path.Combine(_temp, "broken.json");
        await File.WriteAllTextAsync(rubric, """
            {
              "title": "t", "seed": 1,
              "items": [ { "id": "a", "title": "A", "points": "two", "kind": "grid", "members": ["Q1.InitScale"], "axes": { "d1": [1], "d2": [1] } } ]
            }
            """);

        var (exitCode, output) = await CliRun.RunAsync("grade", CliRun.Sample("perfect"), "--rubric", rubric);

        exitCode.Should().Be(ExitCodes.UnusableRubric);
        output.Should().Contain("$.items[0].points").And.Contain("line 3").And.Contain("the string \"two\"");
    }

    [Fact]
    public async Task A_rubric_that_is_not_json_is_refused_with_its_line()
    {
        var rubric = Path.Combine(_temp, "broken.json");
        await File.WriteAllTextAsync(rubric, "{\n  \"title\": \"t\",\n  \"seed\": 1,\n  \"items\": [ }\n");

        var (exitCode, output) = await CliRun.RunAsync("grade", CliRun.Sample("perfect"), "--rubric", rubric);

        exitCode.Should().Be(ExitCodes.UnusableRubric);
        output.Should().Contain("not valid JSON").And.Contain("line 4");
    }

    [Fact]
    public async Task An_unknown_option_is_a_bad_invocation_that_points_at_help()
    {
        var (exitCode, output) = await CliRun.RunAsync("grade", CliRun.Sample("perfect"), "--colour", "blue");

        exitCode.Should().Be(ExitCodes.BadInvocation);
        output.Should().Contain("--help");
    }

    [Fact]
    public async Task An_unknown_option_of_batch_is_a_bad_invocation_too()
    {
        var (exitCode, output) = await CliRun.RunAsync("batch", Path.Combine(CliRun.RepositoryRoot, "Submissions", "samples"), "--forse");

        exitCode.Should().Be(ExitCodes.BadInvocation);
        output.Should().Contain("forse").And.Contain("--help");
    }

    [Fact]
    public async Task Grading_a_submission_that_does_not_compile_still_exits_zero_and_writes_a_report()
    {
        var results = Path.Combine(_temp, "results.json");

        var (exitCode, output) = await CliRun.RunAsync("grade", CliRun.Sample("compile-error"), "--rubric", Rubric(), "--out", results);

        exitCode.Should().Be(ExitCodes.Success);
        output.Should().Contain("Hw3.cs:18:47").And.Contain("did not compile");
        var json = JObject.Parse(await File.ReadAllTextAsync(results));
        json["score"]!.Value<double>().Should().Be(0);
        json["tests"]!.Should().NotBeEmpty();
        output.Should().NotContain(CliRun.RepositoryRoot, "reports never show machine paths");
    }

    [Fact]
    public async Task Out_naming_an_existing_folder_writes_results_json_inside_it()
    {
        var folder = Path.Combine(_temp, "reports");
        Directory.CreateDirectory(folder);

        var (exitCode, output) = await CliRun.RunAsync("grade", CliRun.Sample("compile-error"), "--rubric", Rubric(), "--out", folder, "--brief");

        exitCode.Should().Be(ExitCodes.Success, output);
        JObject.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "results.json")))["score"]!.Value<double>().Should().Be(0);
        output.Should().Contain("wrote " + Path.Combine(folder, "results.json"));
    }

    [Theory]
    [InlineData("a/results.json", "a/results.json")]
    [InlineData("new-folder/", "new-folder/results.json")]
    public void Out_is_a_file_unless_it_is_a_folder_or_ends_with_a_slash(string given, string expected)
    {
        GradeCommand.ResultsPath(Path.Combine(_temp, given)).Should().Be(Path.Combine(_temp, expected));
    }

    [Fact]
    public async Task A_cancelled_grade_says_so_in_one_line_and_writes_nothing()
    {
        var results = Path.Combine(_temp, "results.json");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var (exitCode, output) = await CliRun.RunAsync(cancelled.Token, "grade", CliRun.Sample("compile-error"), "--rubric", Rubric(), "--out", results);

        exitCode.Should().Be(ExitCodes.Cancelled);
        output.Trim().Should().Be("cancelled: nothing was written; run the same command again to grade it");
        File.Exists(results).Should().BeFalse();
    }

    [Fact]
    public async Task Eval_prints_the_value_of_an_expression_over_the_submission()
    {
        var (exitCode, output) = await CliRun.RunAsync("eval", CliRun.Sample("perfect"), "Q5.ForwardOps(10, 5) + Q5.LoadMemOps(10, 5)");

        exitCode.Should().Be(ExitCodes.Success, output);
        output.Trim().Should().EndWith("30");
    }

    [Fact]
    public async Task Eval_of_an_expression_that_does_not_compile_says_why_and_exits_one()
    {
        var (exitCode, output) = await CliRun.RunAsync("eval", CliRun.Sample("perfect"), "Q1.NoSuchMember(3)");

        exitCode.Should().Be(ExitCodes.EvaluationFailed);
        output.Should().Contain("NoSuchMember");
    }

    [Fact]
    public async Task Eval_of_a_member_that_throws_reports_the_exception()
    {
        var (exitCode, output) = await CliRun.RunAsync("eval", CliRun.Sample("template"), "Q1.InitScale(16, 4)");

        exitCode.Should().Be(ExitCodes.EvaluationFailed);
        output.Should().Contain("NotImplementedException");
    }

    [Theory]
    [InlineData("error-directive-escapes")]
    [InlineData("terminal-escapes")]
    public async Task Escape_sequences_from_a_submission_reach_the_terminal_made_visible(string scenario)
    {
        var submission = Path.Combine(_temp, scenario);
        Directory.CreateDirectory(submission);
        File.Copy(Path.Combine(CliRun.RepositoryRoot, "Submissions", "hostile", scenario, "Hw3.cs"), Path.Combine(submission, "Hw3.cs"));
        await File.WriteAllTextAsync(Path.Combine(submission, "\u001b[2J\u001b]52;c;ZQ==\u0007notes.txt"), "a file name is student text too");

        var (exitCode, output) = await CliRun.RunAsync("grade", submission, "--rubric", Rubric(), "--out", Path.Combine(_temp, "results.json"));

        exitCode.Should().Be(0, output);
        output.Where(c => c < ' ' && c is not '\n' and not '\t').Should().BeEmpty(output);
        output.Should().Contain("␛[2J␛]52;c;ZQ==␇notes.txt", "the ignored file's name is listed, made visible");
        output.Should().Contain("␛[2J", "what the submission tried is still shown, as text");
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string Rubric() => Path.Combine(CliRun.RepositoryRoot, "rubrics", "hw3.json");
}
