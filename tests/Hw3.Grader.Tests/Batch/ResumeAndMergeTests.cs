using Hw3.Grader.Batch;
using Hw3.Grader.Grading;

namespace Hw3.Grader.Tests.Batch;

public sealed class ResumeAndMergeTests
{
    private const string Results = """
        {
          "score": 3.5,
          "execution_time": 1.25,
          "output": "**HW**: 3.5 / 5 automatic points. Free-text answers (1 points) are graded by staff.\n\nCompiled and graded.",
          "tests": [
            { "name": "q1 First", "score": 2.0, "max_score": 2.0, "status": "passed", "output": "ok" },
            { "name": "q2 Second", "score": 1.5, "max_score": 3.0, "status": "failed", "output": "2025-01-01T00:00:00Z stays text" },
            { "name": "q3 Essay", "score": 0.0, "max_score": 0.0, "output": "for staff" }
          ],
          "extra_data": { "grader_version": "0.0.1", "rubric_sha256": "old", "submission_sha256": "sub", "max_auto_score": 5.0 }
        }
        """;

    private static StudentRecord Record() => new()
    {
        Key = "alice",
        Status = "graded",
        Score = 3.5,
        MaxScore = 5,
        SubmissionSha256 = "sub",
        RubricSha256 = "old",
        GraderVersion = "0.0.1",
        Items =
        [
            new RecordItem("q1", 2, 2, "passed", 0, [], []),
            new RecordItem("q2", 1.5, 3, "partial", 0, ["off-by-one"], []),
            new RecordItem("q3", 0, 0, "manual", 1, [], [new ManualAnswer("Q3.Essay", "text")]),
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
        var results = ResultsMerge.Parse(Results);

        ResumeCheck.IsCurrent(results, Record(), "sub", "old", "0.0.1").Should().BeTrue();
        ResumeCheck.IsCurrent(results, Record(), "changed", "old", "0.0.1").Should().BeFalse();
        ResumeCheck.IsCurrent(results, Record(), "sub", "new", "0.0.1").Should().BeFalse();
        ResumeCheck.IsCurrent(results, Record(), "sub", "old", "0.0.2").Should().BeFalse();
        ResumeCheck.IsCurrent(results, null, "sub", "old", "0.0.1").Should().BeFalse("a report without its record is graded again");
        ResumeCheck.IsCurrent(null, Record(), "sub", "old", "0.0.1").Should().BeFalse();
    }

    [Fact]
    public void Merging_a_regraded_item_replaces_it_and_recomputes_the_totals()
    {
        const string regraded = """
            { "score": 3.0, "tests": [ { "name": "q2 Second", "score": 3.0, "max_score": 3.0, "status": "passed", "output": "fixed" } ] }
            """;

        var merged = ResultsMerge.Parse(ResultsMerge.MergeResults(Results, regraded, "new", "0.0.2"));

        ((double)merged["score"]!).Should().Be(5.0);
        ((string)merged["output"]!).Should().StartWith("**HW**: 5 / 5 automatic points. Free-text");
        ((string)merged["tests"]![1]!["output"]!).Should().Be("fixed");
        ((string)merged["tests"]![0]!["output"]!).Should().Be("ok");
        ((double)merged["execution_time"]!).Should().Be(1.25);
        ((string)merged["extra_data"]!["rubric_sha256"]!).Should().Be("new");
        ((string)merged["extra_data"]!["grader_version"]!).Should().Be("0.0.2");
    }

    [Fact]
    public void Merging_keeps_text_that_looks_like_a_date_as_it_was()
    {
        var merged = ResultsMerge.MergeResults(Results, """{ "tests": [] }""", "old", "0.0.1");

        merged.Should().Contain("\"2025-01-01T00:00:00Z stays text\"");
    }

    [Fact]
    public void Merging_a_record_recomputes_its_score_from_the_automatic_items()
    {
        var merged = ResultsMerge.MergeRecord(Record(), [new RecordItem("q2", 0, 3, "failed", 0, [], [])], "new", "0.0.2");

        merged.Score.Should().Be(2);
        merged.MaxScore.Should().Be(5);
        merged.Items.Select(i => i.Id).Should().Equal("q1", "q2", "q3");
        merged.RubricSha256.Should().Be("new");
    }

    [Fact]
    public async Task A_record_survives_a_round_trip_through_its_file()
    {
        using var folder = new TempFolder();
        var store = new ReportStore(folder.Path);

        await store.WriteAsync("alice", Results, Record(), CancellationToken.None);

        store.ReadRecord("alice").Should().BeEquivalentTo(Record());
        store.ReadResults("alice")!["extra_data"]!["submission_sha256"]!.ToString().Should().Be("sub");
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
