using Hw3.Grader.Grading;

namespace Hw3.Grader.Reporting;

/// <summary>A results.json read back: the report, or what is wrong with the file (naming it, the line and what was expected).</summary>
public sealed record ReportReading(GradeReport? Report, string? Error)
{
    public static ReportReading Read(GradeReport report) => new(report, null);

    public static ReportReading Failed(string error) => new(null, error);
}
