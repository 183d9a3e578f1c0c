using Hw3.Grader.Batch.Exports;
using Hw3.Grader.Batch;
using Hw3.Grader.Grading;
using Hw3.Grader.Reporting;
using Hw3.Grader.Tests.Rubrics;
using Spectre.Console.Testing;

namespace Hw3.Grader.Tests.Batch;

public sealed class ClassExportTests
{
    /// <summary>A record with every automatic item at <paramref name="fraction"/> of its points (full marks pass).</summary>
    private static StudentRecord Record(string key, double fraction, SubmissionStatus status = SubmissionStatus.Graded, double seconds = 1, string? mistake = null)
    {
        var items = RealRubric.Rubric.Items.Select(item => item.IsManual
            ? new RecordItem(item.Id, 0, 0, ItemStatus.Manual, item.Points, [], [new ManualAnswer("Q1.Why", $"because, \"{key}\"\nsecond line")])
            : new RecordItem(item.Id, item.Points * fraction, item.Points, fraction >= 1 ? ItemStatus.Passed : ItemStatus.Failed, 0, mistake is null ? [] : [mistake], []))
            .ToList();
        return new StudentRecord
        {
            Key = key,
            StudentId = "id-" + key,
            StudentName = "Name, " + key,
            Status = status,
            Score = Math.Round(items.Where(i => !i.IsManual).Sum(i => i.Score), 4),
            MaxScore = RealRubric.Rubric.AutoPoints,
            Seconds = seconds,
            Items = items,
        };
    }

    private static readonly StudentRecord[] Class =
    [
        Record("ada", 1, seconds: 0.5),
        Record("bob", 0.5, seconds: 3, mistake: "sign-flip"),
        Record("cy", 0, status: SubmissionStatus.CompileError, seconds: 0.1),
        Record("dee", 0, status: SubmissionStatus.TimedOut, seconds: 9, mistake: "sign-flip"),
    ];

    [Fact]
    public void A_free_text_answer_or_a_name_starting_a_formula_is_escaped_in_both_csv_files_and_scores_stay_numbers()
    {
        var record = Record("eve", 1) with { StudentName = "=HYPERLINK(\"http://x\")" };
        record = record with
        {
            Items = record.Items.Select(i => i.Answers.Count > 0 ? i with { Answers = [new ManualAnswer("Q1.Why", "=cmd|' /C calc'!A0")] } : i).ToList(),
        };

        var grades = new GradebookCsvExporter().Render(RealRubric.Rubric, [record]);
        var manual = new ManualAnswersCsvExporter().Render(RealRubric.Rubric, [record]);

        grades.Should().Contain("\"'=HYPERLINK(").And.NotContain(",=HYPERLINK");
        grades.Split('\n')[1].Should().EndWith("," + RealRubric.Rubric.AutoPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",graded");
        manual.Should().Contain("\"'=cmd|' /C calc'!A0\"").And.NotContain(",=cmd");
    }

    [Fact]
    public void A_group_submission_gives_each_member_a_gradebook_row_and_counts_once_in_the_statistics()
    {
        var group = Record("submission_7", 0.5) with
        {
            StudentId = "301; 302",
            StudentName = "Alan Turing; Grace Hopper",
            Email = "alan@example.edu; grace@example.edu",
            Members = [new GroupMember("301", "Alan Turing", "alan@example.edu"), new GroupMember("302", "Grace Hopper", "grace@example.edu")],
        };
        StudentRecord[] records = [Record("ada", 1), group];

        var lines = new GradebookCsvExporter().Render(RealRubric.Rubric, records).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var statistics = ClassStatistics.Compute(RealRubric.Rubric, records);

        lines.Should().HaveCount(4, "a header, ada, and one row for each of the group's two students");
        lines[2].Should().StartWith("301,Alan Turing,alan@example.edu,submission_7,");
        lines[3].Should().StartWith("302,Grace Hopper,grace@example.edu,submission_7,");
        lines[2][lines[2].IndexOf(",submission_7,", StringComparison.Ordinal)..].Should().Be(lines[3][lines[3].IndexOf(",submission_7,", StringComparison.Ordinal)..], "both get the submission's scores");
        statistics.Submissions.Should().Be(2);
        statistics.Histogram.Sum(b => b.Count).Should().Be(2);
    }

    [Fact]
    public void The_gradebook_has_a_row_per_student_with_each_automatic_item_the_total_and_the_status()
    {
        var lines = new GradebookCsvExporter().Render(RealRubric.Rubric, Class).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var questions = new[] { "Q1", "Q2", "Q3", "Q4", "Q5", "Q6" }.SelectMany(q => new[] { q, q + " max" });

        lines.Should().HaveCount(5);
        lines[0].Should().Be("id,name,email,submission," + string.Join(",", RealRubric.Rubric.Items.Select(i => i.Id)) + "," + string.Join(",", questions) + ",total,max,status");
        lines[1].Should().StartWith("id-ada,\"Name, ada\",,ada,").And.EndWith($",{RealRubric.Rubric.AutoPoints.ToString(System.Globalization.CultureInfo.InvariantCulture)},{RealRubric.Rubric.AutoPoints.ToString(System.Globalization.CultureInfo.InvariantCulture)},graded");
        lines[3].Should().EndWith(",0," + RealRubric.Rubric.AutoPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",compile-error");
    }

    [Fact]
    public void The_manual_answers_have_a_row_per_student_and_free_text_item_quoted_safely()
    {
        var csv = new ManualAnswersCsvExporter().Render(RealRubric.Rubric, Class);
        var manualItems = RealRubric.Rubric.Items.Count(i => i.IsManual);

        csv.Should().StartWith("id,name,submission,item,points,answer,answer_sha256,score,comment\n");
        csv.Should().Contain("\"because, \"\"ada\"\"\nsecond line\"");
        csv.Split("id-", StringSplitOptions.None).Length.Should().Be(1 + Class.Length * manualItems);
    }

    [Fact]
    public void The_statistics_count_scores_pass_rates_mistakes_and_problem_submissions()
    {
        var statistics = ClassStatistics.Compute(RealRubric.Rubric, Class);

        statistics.Submissions.Should().Be(4);
        statistics.Histogram.Sum(b => b.Count).Should().Be(4);
        statistics.Histogram[^1].Count.Should().Be(1, "only ada has full marks");
        statistics.Histogram[0].Count.Should().Be(2);
        statistics.Items.Should().OnlyContain(i => i.PassRate == 0.25);
        statistics.Mistakes.Should().OnlyContain(m => m.Mistake == "sign-flip" && m.Count == 2);
        statistics.CompileFailures.Should().Equal("cy");
        statistics.TimedOut.Should().Equal("dee");
        statistics.Slowest.Select(s => s.Key).Should().Equal("dee", "bob", "ada", "cy");
        statistics.MedianScore.Should().Be(Math.Round(RealRubric.Rubric.AutoPoints * 0.25, 4));
    }

    [Fact]
    public void The_summary_json_and_the_terminal_summary_say_the_same_things()
    {
        var statistics = ClassStatistics.Compute(RealRubric.Rubric, Class);
        var outcome = new BatchOutcome(Class, 3, 1, [new ScoreChange("bob", "Name, bob", 10, 12.5)], TimeSpan.FromSeconds(4));
        var json = Newtonsoft.Json.Linq.JObject.Parse(new SummaryJsonExporter().Render(RealRubric.Rubric, statistics, outcome, "9.9.9"));
        using var console = new TestConsole().Width(200);

        BatchTerminalSummary.Write(console, statistics, outcome, itemRegrade: true);

        ((int)json["submissions"]!).Should().Be(4);
        ((int)json["skipped_as_current"]!).Should().Be(1);
        json["compile_failures"]!.Select(t => (string)t!).Should().Equal("cy");
        ((double)json["score_changes"]![0]!["delta"]!).Should().Be(2.5);
        console.Output.Should().Contain("4 submissions (1 compile-error, 2 graded, 1 timed-out): 3 done in this run, 1 already current").And.Contain("did not compile (1): cy")
            .And.Contain("timed out (1): dee").And.Contain("sign-flip").And.Contain("bob (Name, bob): 10 -> 12.5 (+2.5)");
    }
}
