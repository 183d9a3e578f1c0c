using System.Globalization;
using System.Text;
using Hw3.Grader.Autograder;
using Hw3.Grader.Cli;
using Hw3.Grader.Packaging;
using Hw3.Grader.Rubrics;
using Newtonsoft.Json.Linq;

namespace Hw3.Scenarios.Tests.Container;

/// <summary>
/// The autograder zip as Gradescope runs it: unpacked into a root laid out like /autograder, set up, and
/// run_autograder run on a submission. Every report is checked against the Gradescope schema kept in the repository.
/// </summary>
[Collection(nameof(AutograderZipCollection))]
[System.Runtime.Versioning.SupportedOSPlatform("linux")] // Gradescope's containers are Linux
public sealed class RunAutograderTests(AutograderZipFixture zip)
{
    private static Rubric Rubric =>
        GraderServices.LoadRubric(Repository.Rubric).TryGet(out var rubric, out var problems) ? rubric : throw new InvalidOperationException(problems);

    private static double AutomaticPoints => Rubric.AutoPoints;

    private async Task<(JObject Results, string Output)> GradeAsync(string? sample, string? metadata, bool withoutBubblewrap = false)
    {
        zip.Reset(metadata);
        if (sample is not null)
        {
            foreach (var file in Directory.EnumerateFiles(Repository.PathOf("Submissions", "samples", sample), "*.cs"))
            {
                File.Copy(file, Path.Combine(zip.Submission, Path.GetFileName(file)));
            }
        }

        var (exitCode, output) = await zip.RunAutograderAsync(withoutBubblewrap);
        exitCode.Should().Be(0, output);
        File.Exists(zip.ResultsFile).Should().BeTrue(output);
        var json = await File.ReadAllTextAsync(zip.ResultsFile);
        GradescopeSchema.Violations(json).Should().BeEmpty(json);
        return (JObject.Parse(json), output);
    }

    [Fact]
    public async Task The_perfect_sample_earns_every_automatic_point_and_before_the_due_date_its_summary_leaves_out_hidden_items()
    {
        var (results, output) = await GradeAsync("perfect", Metadata.DueOn(DateTimeOffset.UtcNow.AddDays(30)));

        results.Value<double>("score").Should().Be(AutomaticPoints, output);
        var summary = results.Value<string>("output")!;
        // The items a student may not see before the due date: after_due_date ones (q5.general) and guessable ones.
        var later = Rubric.Items.Where(i => !StudentVisibility.BeforeDueDate(i)).ToList();
        later.Select(i => i.Id).Should().Contain("q5.general");
        var points = later.Sum(i => i.Points).ToString(CultureInfo.InvariantCulture);
        summary.Should().Contain($"{later.Count} more items ({points} points) are not shown yet").And.Contain("| Q5 | 3 | 3 |");
        foreach (var item in later)
        {
            summary.Should().NotContain(item.Id);
        }

        results["tests"]!.Single(t => t.Value<string>("name")!.StartsWith("q5.general ", StringComparison.Ordinal)).Value<string>("visibility").Should().Be("after_due_date");
        output.Should().Contain("before the due date").And.Contain("sandbox: bubblewrap");
    }

    [Fact]
    public async Task After_the_due_date_the_summary_adds_up_the_items_shown_after_it_too()
    {
        // A submission that does not compile runs nothing: the cheapest full report.
        var (results, output) = await GradeAsync("compile-error", Metadata.DueOn(DateTimeOffset.UtcNow.AddDays(-1)));

        results.Value<double>("score").Should().Be(0);
        output.Should().Contain("after the due date");
        var summary = results.Value<string>("output")!;
        summary.Should().Contain("| Q5 | 0 | 6 |", "q5.general (after_due_date, 3 points) counts once the due date passed")
            .And.NotContain("not shown yet");
        results["extra_data"]!.Value<string>("status").Should().Be("compile-error");
    }

    [Fact]
    public async Task An_empty_upload_gets_a_report_that_lists_what_was_expected()
    {
        var (results, _) = await GradeAsync(sample: null, metadata: null);

        results.Value<double>("score").Should().Be(0);
        results.Value<string>("output").Should().Contain("Your upload holds no C# source").And.Contain("expected Hw3.cs");
        results["extra_data"]!.Value<string>("status").Should().Be("no-source");
    }

    [Fact]
    public async Task A_grader_failure_still_leaves_a_valid_report_telling_the_student_to_contact_staff()
    {
        var rubric = Path.Combine(zip.Source, PackageLayout.RubricFolder, PackageLayout.RubricFile);
        var original = await File.ReadAllBytesAsync(rubric);
        await File.WriteAllTextAsync(rubric, "{ \"title\": ");
        try
        {
            var (results, output) = await GradeAsync("perfect", metadata: null);

            results.Value<double>("score").Should().Be(0);
            results.Value<string>("output").Should().Be(GraderFailureReport.StudentSentence);
            results.Value<string>("stdout_visibility").Should().Be("hidden");
            output.Should().Contain("grading failed").And.Contain("cannot be used");
        }
        finally
        {
            await File.WriteAllBytesAsync(rubric, original);
        }
    }

    [Fact]
    public async Task A_reference_file_changed_after_packaging_is_not_used_and_the_report_is_the_one_the_intact_file_gives()
    {
        var (intact, intactOutput) = await GradeAsync("perfect", metadata: null);
        intactOutput.Should().MatchRegex("references: [0-9]+ precomputed values read from ");
        var file = Path.Combine(zip.Source, PackageLayout.ReferencesFolder, PackageLayout.ReferencesFile);
        var original = await File.ReadAllBytesAsync(file);
        // Q2(a)'s reference answer changed: were the file used, the perfect sample would lose q2a.growth.
        const string answer = "\"Q2.ActivationChangeGrowsWith Q2.ActivationChangeGrowsWith\":{\"Kind\":\"String\",\"Text\":\"fan-in\"}";
        var text = Encoding.UTF8.GetString(original);
        text.Should().Contain(answer);
        await File.WriteAllTextAsync(file, text.Replace(answer, answer.Replace("fan-in", "fan-out", StringComparison.Ordinal), StringComparison.Ordinal));
        try
        {
            var (changed, output) = await GradeAsync("perfect", metadata: null);

            output.Should().Contain("was not used (its content does not match its seal: it was changed after it was made); computing them instead");
            changed.Value<double>("score").Should().Be(AutomaticPoints, output);
            JToken.DeepEquals(WithoutTimes(changed), WithoutTimes(intact)).Should().BeTrue("the file only saves time: the report must be the same\n" + changed);
        }
        finally
        {
            await File.WriteAllBytesAsync(file, original);
        }
    }

    private static JObject WithoutTimes(JObject results)
    {
        var copy = (JObject)results.DeepClone();
        copy.Remove("execution_time");
        return copy;
    }

    [Fact]
    public async Task Without_bubblewrap_the_runners_keep_every_other_layer_and_staff_are_told_which_was_lost()
    {
        if (Environment.UserName != "root" || !File.Exists("/usr/bin/unshare") || !File.Exists("/usr/bin/bwrap"))
        {
            return; // hiding bwrap needs root, unshare and an installed bwrap (CI has all three)
        }

        var (results, output) = await GradeAsync("perfect", metadata: null, withoutBubblewrap: true);

        results.Value<double>("score").Should().Be(AutomaticPoints, output);
        output.Should().Contain("Missing: bubblewrap").And.Contain("unprivileged user 65534").And.Contain("landlock").And.Contain("seccomp");
    }

    [Fact]
    public void Setup_leaves_the_grader_rubric_and_results_to_root_alone_and_only_the_runner_readable_by_the_runners_user()
    {
        File.GetUnixFileMode(zip.Source).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var runner = Path.Combine(zip.Root, "runner");
        File.GetUnixFileMode(Path.Combine(runner, "Hw3.Grader.Runner.dll")).Should().HaveFlag(UnixFileMode.OtherRead);
        File.GetUnixFileMode(zip.Root).Should().HaveFlag(UnixFileMode.OtherExecute).And.NotHaveFlag(UnixFileMode.OtherRead);
        Directory.EnumerateFiles(runner, "*", SearchOption.AllDirectories).Select(Path.GetFileName)
            .Should().NotContain(["hw3.dll", "Hw3.ReferenceSolutions.dll", "hw3.json"]);
        zip.SetupOutput.Should().Contain("bubblewrap present");
    }

    [Fact]
    public void The_scripts_last_resort_report_says_what_the_graders_own_failure_report_says()
    {
        File.ReadAllText(Repository.PathOf(PackageLayout.ScriptsFolder, PackageLayout.RunScript)).Should().Contain(GraderFailureReport.StudentSentence);
    }
}

[CollectionDefinition(nameof(AutograderZipCollection))]
public sealed class AutograderZipCollection : ICollectionFixture<AutograderZipFixture>;
