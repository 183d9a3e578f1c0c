using System.Globalization;
using System.Text;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Messages;
using Newtonsoft.Json;

namespace Hw3.Grader.Reporting;

/// <summary>
/// Gradescope's <c>results.json</c>. Same report in, same bytes out (but for <c>execution_time</c>):
/// items in rubric order, invariant culture, no machine paths. Renders the model and decides nothing:
/// every status comes from the report. <see cref="GradescopeReader"/> reads the file back.
/// </summary>
/// <param name="shownToStudents">
/// Which items the student may see now (<c>hw3 autograder</c>: before the due date, hidden and after-due-date items are
/// not): the student-visible summary adds up only those, so no total or roll-up there reveals another item's result.
/// Every item still has its test, whose own visibility Gradescope enforces. Default: every item.
/// </param>
public sealed class GradescopeExporter(Func<ItemResult, bool>? shownToStudents = null) : IReportExporter
{
    public const string ResultsFileName = "results.json";

    /// <summary>The heading of a staff comment under an item's details (<see cref="GradescopeReader"/> reads the details before it).</summary>
    public const string StaffCommentHeading = "\n\nStaff comment:\n\n";

    public static JsonSerializerSettings Settings { get; } = new()
    {
        Formatting = Formatting.Indented,
        Culture = CultureInfo.InvariantCulture,
        FloatFormatHandling = FloatFormatHandling.DefaultValue,
        DateParseHandling = DateParseHandling.None,
    };

    public string FileName => ResultsFileName;

    public string Render(GradeReport report)
    {
        var results = new GradescopeResults
        {
            Score = report.Score,
            ExecutionTime = Math.Round(report.ExecutionTime.TotalSeconds, 2),
            Output = Summary(report),
            Tests = report.Items.Select(ToTest).ToList(),
            ExtraData = new GradescopeExtraData
            {
                GraderVersion = report.GraderVersion,
                RubricSha256 = report.RubricSha256,
                SubmissionSha256 = report.SubmissionSha256,
                Seed = report.Seed,
                Submission = report.SubmissionName,
                RubricTitle = report.RubricTitle,
                Status = StatusNames.Of(report.Status),
                Summary = report.Summary,
                MaxScore = report.MaxScore,
                ManualPoints = report.ManualPoints,
                Questions = report.Questions.Select(q => new GradescopeQuestion { Question = q.Question, Score = q.Score, MaxScore = q.MaxScore }).ToList(),
                Notes = report.Notes,
                Diagnostics = report.Diagnostics.Select(d => new GradescopeDiagnostic
                {
                    File = d.File, Line = d.Line, Column = d.Column, Code = d.Code, Severity = CompileSeverityText.Of(d.Severity), Message = d.Message,
                }).ToList(),
                Items = report.Items.Select(i => new GradescopeItemData
                {
                    Id = i.Id,
                    Title = i.Title,
                    Status = StatusNames.Of(i.Status),
                    Reason = i.Reason,
                    ManualPoints = i.ManualPoints,
                    Mistakes = i.Mistakes,
                    Answers = i.Answers.Select(a => new GradescopeAnswer { Member = a.Member, Text = a.Text }).ToList(),
                    StaffComment = i.StaffComment,
                    Finding = GradescopeFinding.From(i.Finding),
                }).ToList(),
                StudentOutput = report.StudentOutput,
                StudentOutputDroppedBytes = report.StudentOutputDroppedBytes,
            },
        };
        return JsonConvert.SerializeObject(results, Settings).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static GradescopeTest ToTest(ItemResult item) => new()
    {
        Name = $"{item.Id} {item.Title}",
        Score = item.Score,
        MaxScore = item.MaxScore,
        // Gradescope knows only these two; the report's own status is in extra_data.items.
        Status = item.Status switch
        {
            ItemStatus.Manual => null,
            ItemStatus.Passed => "passed",
            _ => "failed",
        },
        Output = Markdown.Fence(item.Details) + (string.IsNullOrEmpty(item.StaffComment) ? "" : StaffCommentHeading + Markdown.Fence(item.StaffComment)),
        Visibility = item.Visibility,
    };

    private string Summary(GradeReport report)
    {
        var withheld = shownToStudents is null ? [] : report.Items.Where(i => !shownToStudents(i)).ToList();
        var shown = withheld.Count == 0 ? report : report with { Items = report.Items.Where(shownToStudents!).ToList() };
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**{Markdown.Escape(report.RubricTitle)}**: {Points(shown.Score)} / {Points(shown.MaxScore)} ");
        text.Append(report.HasStaffGrades ? "points, free-text answers graded by staff included." : "automatic points.");
        if (shown.ManualPoints > 0)
        {
            text.Append(report.HasStaffGrades
                ? $" Free-text answers worth {Points(shown.ManualPoints)} more points are still to be graded by staff."
                : $" Free-text answers ({Points(shown.ManualPoints)} points) are graded by staff.");
        }

        if (withheld.Count > 0)
        {
            var points = QuestionRollup.Sum(withheld.Select(i => i.MaxScore + i.ManualPoints));
            text.Append(CultureInfo.InvariantCulture, $" {withheld.Count} more {(withheld.Count == 1 ? "item" : "items")} ({Points(points)} points) {(withheld.Count == 1 ? "is" : "are")} not shown yet: hidden tests and tests shown after the due date.");
        }

        text.Append("\n\n| question | points | max |\n|---|---:|---:|");
        foreach (var question in shown.Questions)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n| {question.Question} | {Points(question.Score)} | {Points(question.MaxScore)} |");
        }

        text.Append("\n\n").Append(Markdown.Escape(report.Summary));
        var errors = report.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            text.Append("\n\nCompile errors:\n\n").Append(Markdown.Fence(string.Join("\n", errors.Select(d => d.ToString()))));
        }

        if (report.Notes.Count > 0)
        {
            text.Append("\n\nNotes:\n\n").Append(Markdown.Fence(string.Join("\n", report.Notes)));
        }

        return text.ToString();
    }

    private static string Points(double points) => points.ToString("0.##", CultureInfo.InvariantCulture);
}
