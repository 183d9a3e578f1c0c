using Hw3.Grader.Batch;
using Hw3.Grader.Grading;
using Hw3.Grader.Reporting;

namespace Hw3.Grader.Tests.Batch;

public sealed class ResumeAndMergeTests
{
    private static GradeReport Results => Tests.Reporting.SampleReports.Report() with
    {
        SubmissionSha256 = "sub", RubricSha256 = "old", GraderVersion = "0.0.1", ExecutionTime = TimeSpan.FromSeconds(1.25),
    };

    private static StudentRecord Record() => new()
    {
        Key = "alice",
        Status = SubmissionStatus.Graded,
        Score = 3.5,
        MaxScore = 5,
        SubmissionSha256 = "sub",
        RubricSha256 = "old",
        GraderVersion = "0.0.1",
        Items =
        [
            new RecordItem("q1", 2, 2, ItemStatus.Passed, 0, [], []),
            new RecordItem("q2", 1.5, 3, ItemStatus.Partial, 0, ["off-by-one"], []),
            new RecordItem("q3", 0, 0, ItemStatus.Manual, 1, [], [new ManualAnswer("Q3.Essay", "text")]),
        ],
    };

    [Fact]
    public async Task A_record_kept_without_its_answers_gets_them_back_from_its_record_file_and_only_from_its_own()
    {
        using var folder = new TempFolder();
        var store = new ReportStore(folder.Path);
        await store.WriteAsync("alice", Results, Record(), CancellationToken.None);

        var kept = Record().WithoutAnswers();
        var restored = store.WithAnswers(kept);
        var otherSubmission = store.WithAnswers(kept with { SubmissionSha256 = "another" });
        var nobody = store.WithAnswers(kept with { Key = "bob" });

        kept.Items.Should().OnlyContain(i => i.Answers.Count == 0);
        kept.Items.Select(i => (i.Id, i.Score, i.Status)).Should().Equal(Record().Items.Select(i => (i.Id, i.Score, i.Status)));
        kept.Items[1].Mistakes.Should().Equal("off-by-one");
        restored.Items[2].Answers.Should().Equal(new ManualAnswer("Q3.Essay", "text"));
        otherSubmission.Items[2].Answers.Should().BeEmpty();
        nobody.Items[2].Answers.Should().BeEmpty();
    }

    [Fact]
    public void The_temporary_files_of_a_killed_batch_are_removed_and_nothing_else()
    {
        using var folder = new TempFolder();
        var leftover = folder.Write("alice/record.json.8ae897b04c96437dbffbaa5bc5f8b5cb.tmp", "{ half");
        var classLeftover = folder.Write("grades.csv.0123456789abcdef0123456789abcdef.tmp", "id,");
        var studentFile = folder.Write("alice/notes.tmp", "the student's");
        var shortName = folder.Write("alice/record.json.1234.tmp", "not ours");
        var report = folder.Write("alice/results.json", "{}");

        var removed = new ReportStore(folder.Path).RemoveLeftovers();

        removed.Should().Be(2);
        File.Exists(leftover).Should().BeFalse();
        File.Exists(classLeftover).Should().BeFalse();
        new[] { studentFile, shortName, report }.Should().OnlyContain(path => File.Exists(path));
        new ReportStore(Path.Combine(folder.Path, "missing")).RemoveLeftovers().Should().Be(0);
    }

    [Fact]
    public void A_report_is_current_only_when_submission_rubric_and_grader_version_all_match()
    {
        var results = Results;

        ResumeCheck.IsCurrent(results, Record(), "sub", "old", "0.0.1").Should().BeTrue();
        ResumeCheck.IsCurrent(results, Record(), "changed", "old", "0.0.1").Should().BeFalse();
        ResumeCheck.IsCurrent(results, Record(), "sub", "new", "0.0.1").Should().BeFalse();
        ResumeCheck.IsCurrent(results, Record(), "sub", "old", "0.0.2").Should().BeFalse();
        ResumeCheck.IsCurrent(results, null, "sub", "old", "0.0.1").Should().BeFalse("a report without its record is graded again");
        ResumeCheck.IsCurrent(null, Record(), "sub", "old", "0.0.1").Should().BeFalse();
        ResumeCheck.IsCurrent(results, Record() with { Status = SubmissionStatus.GraderError }, "sub", "old", "0.0.1").Should().BeFalse();
    }

    [Fact]
    public void Merging_a_regraded_item_replaces_it_on_the_model_and_the_totals_and_roll_up_follow()
    {
        var fixedItem = Tests.Reporting.SampleReports.Partial with { Score = 3, Status = ItemStatus.Passed, Details = "fixed" };
        var regraded = Tests.Reporting.SampleReports.Report(fixedItem) with { RubricSha256 = "new", GraderVersion = "0.0.2", Notes = [] };

        var merged = ReportMerge.Merge(Results, regraded);

        merged.Score.Should().Be(Results.Score + 1.5);
        merged.MaxScore.Should().Be(Results.MaxScore);
        merged.Questions.Single(q => q.Question == "Q1").Score.Should().Be(5);
        merged.Items.Select(i => i.Id).Should().Equal(Results.Items.Select(i => i.Id));
        merged.Items[1].Details.Should().Be("fixed");
        merged.Items[0].Should().Be(Results.Items[0]);
        merged.ExecutionTime.Should().Be(TimeSpan.FromSeconds(1.25));
        (merged.RubricSha256, merged.GraderVersion, merged.Status).Should().Be(("new", "0.0.2", SubmissionStatus.Graded));
        new GradescopeExporter().Render(merged).Should().Contain("**EECS 182 Homework 3**: 5.25 / 8 automatic points.");
    }

    [Fact]
    public void A_regrade_that_timed_out_marks_the_merged_report_and_a_clean_one_keeps_what_the_report_had()
    {
        var timedOut = Tests.Reporting.SampleReports.Report(Tests.Reporting.SampleReports.Partial) with { Status = SubmissionStatus.TimedOut };

        ReportMerge.Merge(Results, timedOut).Status.Should().Be(SubmissionStatus.TimedOut);
        ReportMerge.Merge(Results with { Status = SubmissionStatus.RunnerCrashed }, Results).Status.Should().Be(SubmissionStatus.RunnerCrashed);
    }

    [Fact]
    public async Task A_record_survives_a_round_trip_through_its_file()
    {
        using var folder = new TempFolder();
        var store = new ReportStore(folder.Path);

        await store.WriteAsync("alice", Results, Record(), CancellationToken.None);

        store.ReadRecord("alice").Should().BeEquivalentTo(Record());
        store.ReadReport("alice")!.SubmissionSha256.Should().Be("sub");
        Directory.EnumerateFiles(folder.Path, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void A_damaged_record_counts_as_none()
    {
        using var folder = new TempFolder();
        folder.Write("alice/" + StudentRecord.FileName, "{ \"key\": ");

        new ReportStore(folder.Path).ReadRecord("alice").Should().BeNull();
    }
}
