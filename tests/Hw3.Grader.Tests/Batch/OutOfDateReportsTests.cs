using Hw3.Grader.Grading;
using Hw3.Grader.Batch;

namespace Hw3.Grader.Tests.Batch;

public sealed class OutOfDateReportsTests
{
    private static async Task<(ReportStore Store, List<BatchEntry> Entries)> EarlierRun(TempFolder folder, params (string Key, string Rubric, string Grader)[] reports)
    {
        var store = new ReportStore(Path.Combine(folder.Path, "graded"));
        foreach (var (key, rubric, grader) in reports)
        {
            await store.WriteAsync(key, Reporting.SampleReports.Report(), new StudentRecord { Key = key, Status = SubmissionStatus.Graded, RubricSha256 = rubric, GraderVersion = grader }, CancellationToken.None);
        }

        return (store, reports.Select(r => new BatchEntry(r.Key, r.Key, r.Key, r.Key, "")).Append(new BatchEntry("new", "new", "new", "new", "")).ToList());
    }

    [Fact]
    public async Task A_rubric_change_that_makes_every_report_out_of_date_says_so_in_one_line()
    {
        using var folder = new TempFolder();
        var (store, entries) = await EarlierRun(folder, ("ada", "aaaaaaaaaaaaaaaa", "1.0"), ("bob", "aaaaaaaaaaaaaaaa", "1.0"));

        var line = OutOfDateReports.Describe(store, entries, "bbbbbbbbbbbbbbbb", "1.0");

        line.Should().Be($"the rubric changed since the last run: all 2 reports in {store.Folder} were graded with rubric aaaaaaaaaaaa, this is rubric bbbbbbbbbbbb, so they will be regraded; to regrade only the items you changed, stop and run with --only ITEM");
    }

    [Fact]
    public async Task A_grader_upgrade_is_named_and_current_reports_say_nothing()
    {
        using var folder = new TempFolder();
        var (store, entries) = await EarlierRun(folder, ("ada", "r", "1.0"), ("bob", "r", "2.0"));

        OutOfDateReports.Describe(store, entries, "r", "2.0").Should()
            .Be($"the grader changed since the last run: 1 of 2 reports in {store.Folder} were graded by another version, this is 2.0, so they will be regraded");
        OutOfDateReports.Describe(store, entries.Where(e => e.Key != "ada").ToList(), "r", "2.0").Should().BeNull();
    }

    [Fact]
    public void A_first_run_says_nothing()
    {
        using var folder = new TempFolder();

        OutOfDateReports.Describe(new ReportStore(Path.Combine(folder.Path, "graded")), [new BatchEntry("ada", "ada", "ada", "ada", "")], "r", "1.0").Should().BeNull();
    }
}
