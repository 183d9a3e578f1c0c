using Hw3.Grader.Grading;

namespace Hw3.Grader.Reporting;

/// <summary>One report format for one graded submission.</summary>
public interface IReportExporter
{
    /// <summary>The usual file name of this format, e.g. <c>results.json</c>.</summary>
    string FileName { get; }

    string Render(GradeReport report);
}
