using Hw3.Grader.Batch.Exports;
using Hw3.Grader.Batch;
using Hw3.Grader.Grading;
using Hw3.Grader.Reporting;
using Hw3.Grader.Tests.Reporting;
using Hw3.Grader.Tests.Rubrics;

namespace Hw3.Grader.Tests.Batch;

public sealed class StaffGradeMergeTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ReportStore _store;
    private readonly string _sheet;

    public StaffGradeMergeTests()
    {
        _store = new ReportStore(_folder.Path);
        foreach (var key in new[] { "alice", "bob" })
        {
            var report = SampleReports.Report() with { SubmissionName = key, RubricSha256 = RealRubric.Rubric.Sha256 };
            _store.WriteAsync(key, report, StudentRecord.From(report, key, "id-" + key, "Name " + key, ""), CancellationToken.None).GetAwaiter().GetResult();
        }

        _sheet = new ManualAnswersCsvExporter().Render(RealRubric.Rubric, _store.Keys().Select(k => _store.ReadRecord(k)!));
    }

    public void Dispose() => _folder.Dispose();

    private static string AnswerHash => ManualAnswerText.Sha256(SampleReports.Manual.Answers);

    /// <summary>The exported sheet with alice's q1c row given <paramref name="cells"/> (everything after the answer).</summary>
    private string Filled(string cells, string key = "alice") =>
        _sheet.Replace($",{key},q1c,2,Rank one.,{AnswerHash},,\n", $",{key},q1c,2,Rank one.,{cells}\n", StringComparison.Ordinal);

    private StaffGradeMergePlan Plan(string sheet)
    {
        var (rows, errors) = StaffGradeSheet.Read(sheet, "manual.csv");
        errors.Should().BeEmpty();
        return StaffGradeMerge.Plan(_store, RealRubric.Rubric, rows, "manual.csv");
    }

    private async Task MergeAsync(string sheet)
    {
        var plan = Plan(sheet);
        plan.Errors.Should().BeEmpty();
        await StaffGradeMerge.WriteAsync(_store, RealRubric.Rubric, plan, CancellationToken.None);
    }

    private string[] Files() => Directory.EnumerateFiles(_folder.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    [Fact]
    public void The_exported_sheet_has_a_score_and_a_comment_column_and_the_hash_of_each_answer()
    {
        _sheet.Should().StartWith("id,name,submission,item,points,answer,answer_sha256,score,comment\n");
        _sheet.Should().Contain($",alice,q1c,2,Rank one.,{AnswerHash},,\n");
    }

    [Fact]
    public async Task A_merged_score_counts_in_the_total_changes_the_items_status_and_reaches_grades_csv()
    {
        var before = _store.ReadReport("alice")!;

        await MergeAsync(Filled(AnswerHash + ",1.5,Right idea; the rank-one argument is missing."));

        var after = _store.ReadReport("alice")!;
        var item = after.Items.Single(i => i.Id == "q1c");
        item.Status.Should().Be(ItemStatus.Partial);
        (item.Score, item.MaxScore, item.StaffComment).Should().Be((1.5, 2, "Right idea; the rank-one argument is missing."));
        after.Score.Should().Be(before.Score + 1.5);
        after.MaxScore.Should().Be(before.MaxScore + 2);
        after.ManualPoints.Should().Be(0);
        after.Questions.Single(q => q.Question == "Q1").Score.Should().Be(before.Questions.Single(q => q.Question == "Q1").Score + 1.5);
        _store.ReadRecord("alice")!.Score.Should().Be(after.Score);
        _store.ReadReport("bob")!.Should().BeEquivalentTo(before with { SubmissionName = "bob" }, o => o.Excluding(r => r.ExecutionTime));

        var grades = File.ReadAllLines(Path.Combine(_folder.Path, GradebookCsvExporter.FileName));
        var q1c = Array.IndexOf(grades[0].Split(','), "q1c");
        grades[1].Split(',')[q1c].Should().Be("1.5");
        grades[1].Should().EndWith($",{after.Score.ToString(System.Globalization.CultureInfo.InvariantCulture)},{after.MaxScore.ToString(System.Globalization.CultureInfo.InvariantCulture)},graded");
        grades[2].Split(',')[q1c].Should().BeEmpty("bob's answer is not graded yet");
        File.ReadAllText(_store.ResultsPath("alice")).Should().Contain("Staff comment:")
            .And.Contain("points, free-text answers graded by staff included.");
    }

    [Fact]
    public async Task Merging_the_same_sheet_again_changes_no_byte_and_reports_no_change()
    {
        var sheet = Filled(AnswerHash + ",2,Full marks.");
        await MergeAsync(sheet);
        var once = Files();

        var again = Plan(sheet);
        await StaffGradeMerge.WriteAsync(_store, RealRubric.Rubric, again, CancellationToken.None);

        again.Changes.Should().BeEmpty();
        Files().Should().Equal(once);
        _store.ReadReport("alice")!.Items.Single(i => i.Id == "q1c").Status.Should().Be(ItemStatus.Passed);
    }

    [Fact]
    public async Task A_sheet_written_again_after_a_merge_shows_the_staff_grade_so_the_grade_survives()
    {
        await MergeAsync(Filled(AnswerHash + ",0,Off topic."));

        var rewritten = new ManualAnswersCsvExporter().Render(RealRubric.Rubric, _store.Keys().Select(k => _store.ReadRecord(k)!));

        rewritten.Should().Contain($",alice,q1c,2,Rank one.,{AnswerHash},0,Off topic.\n");
        _store.ReadReport("alice")!.Items.Single(i => i.Id == "q1c").Status.Should().Be(ItemStatus.Failed);
    }

    [Theory]
    [InlineData("2.5,Too generous.", "manual.csv row 2 (alice, q1c): score 2.5 is outside 0 to 2, the item's points")]
    [InlineData("-1,Negative.", "manual.csv row 2 (alice, q1c): score -1 is outside 0 to 2, the item's points")]
    [InlineData("1,5,Comma.", "manual.csv row 2 (alice, q1c): score \"1\" is")]
    [InlineData("one,Words.", "manual.csv row 2 (alice, q1c): score \"one\" is not a number; expected a number like 1.5")]
    [InlineData(",A comment alone.", "manual.csv row 2 (alice, q1c): a comment without a score")]
    public void A_bad_score_is_refused_naming_the_row_and_nothing_is_written(string cells, string error)
    {
        var files = Files();

        var plan = Plan(Filled(AnswerHash + "," + cells));

        plan.IsValid.Should().Be(cells.StartsWith("1,5", StringComparison.Ordinal), "1,5 is the score 1 and an extra cell, which is valid");
        if (!plan.IsValid)
        {
            plan.Errors.Should().ContainSingle().Which.Should().StartWith(error);
        }

        Files().Should().Equal(files);
    }

    [Fact]
    public void An_answer_changed_since_the_export_is_refused()
    {
        var plan = Plan(Filled(new string('0', 64) + ",2,Fine."));

        plan.Errors.Should().Equal("manual.csv row 2 (alice, q1c): the answer changed since this manual.csv was written (answer_sha256 differs); write manual.csv again (hw3 batch) and grade this row anew");
    }

    [Fact]
    public void An_unknown_student_or_item_is_refused_and_every_error_is_listed_at_once()
    {
        var sheet = Filled(AnswerHash + ",2,Fine.")
            + $"x,y,carol,q1c,2,Rank one.,{AnswerHash},1,\n"
            + $"x,y,bob,q1a.rms,2,,{AnswerHash},1,\n";

        var plan = Plan(sheet);

        plan.Errors.Should().HaveCount(2);
        plan.Errors[0].Should().StartWith("manual.csv row ").And.Contain("(carol, q1c): unknown student");
        plan.Errors[1].Should().Contain("(bob, q1a.rms): unknown item \"q1a.rms\": the items staff grade are q1c");
        plan.Updates.Should().BeEmpty();
    }

    [Fact]
    public void A_row_graded_twice_is_refused()
    {
        var row = $"x,y,alice,q1c,2,Rank one.,{AnswerHash},1,\n";

        Plan(_sheet + row + row).Errors.Should().ContainSingle().Which.Should().Contain("graded twice");
    }

    [Fact]
    public void A_malformed_sheet_is_refused_naming_the_row()
    {
        var (_, missingColumns) = StaffGradeSheet.Read("id,name,submission,item\nx,y,alice,q1c\n", "manual.csv");
        var (_, badQuotes) = StaffGradeSheet.Read(_sheet + "x,y,al\"ice,q1c,2,a,h,1,\n", "manual.csv");
        var (_, unterminated) = StaffGradeSheet.Read(_sheet + "x,y,alice,q1c,2,\"unterminated,h,1,\n", "manual.csv");
        var (_, empty) = StaffGradeSheet.Read("", "manual.csv");

        missingColumns.Should().Equal("manual.csv row 1: expected the columns submission, item, answer_sha256, score, comment; missing answer_sha256, score, comment");
        badQuotes.Should().ContainSingle().Which.Should().StartWith("manual.csv row ").And.Contain("not valid CSV");
        unterminated.Should().ContainSingle().Which.Should().MatchRegex("^manual.csv row [0-9]+: expected 9 cells like the header, found 6$", "an open quote runs to the end of the file");
        empty.Should().ContainSingle().Which.Should().StartWith("manual.csv: empty");
    }

    [Fact]
    public void A_cell_escaped_against_formulas_reads_back_as_it_was_written()
    {
        var (rows, errors) = StaffGradeSheet.Read("submission,item,answer_sha256,score,comment\n'=alice,q1c,h,1,\"'-fine\"\n", "manual.csv");

        errors.Should().BeEmpty();
        (rows[0].Submission, rows[0].Comment, rows[0].Row).Should().Be(("=alice", "-fine", 2));
    }
}
