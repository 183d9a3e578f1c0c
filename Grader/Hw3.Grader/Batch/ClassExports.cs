using Hw3.Grader.Batch.Exports;
using Hw3.Grader.Grading;
using Hw3.Grader.Reporting;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Batch;

/// <summary>Writes the class-wide files of a batch (grades.csv, manual.csv, summary.json, summary.html), each atomically.</summary>
public static class ClassExports
{
    public static async Task<ClassStatistics> WriteAsync(ReportStore store, Rubric rubric, BatchOutcome outcome, CancellationToken cancellationToken)
    {
        var statistics = ClassStatistics.Compute(rubric, outcome.Records);
        await AtomicFile.WriteAsync(Path.Combine(store.Folder, GradebookCsvExporter.FileName), new GradebookCsvExporter().Render(rubric, outcome.Records), cancellationToken).ConfigureAwait(false);
        // The batch kept its records without the free-text answers; each is read back from its record.json in turn.
        var withAnswers = outcome.Records.Select(store.WithAnswers);
        await AtomicFile.WriteAsync(Path.Combine(store.Folder, ManualAnswersCsvExporter.FileName), new ManualAnswersCsvExporter().Render(rubric, withAnswers), cancellationToken).ConfigureAwait(false);
        await AtomicFile.WriteAsync(Path.Combine(store.Folder, SummaryJsonExporter.FileName), new SummaryJsonExporter().Render(rubric, statistics, outcome, GraderInfo.Version), cancellationToken).ConfigureAwait(false);
        await AtomicFile.WriteAsync(Path.Combine(store.Folder, SummaryHtmlExporter.FileName), new SummaryHtmlExporter().Render(rubric, statistics, outcome, GraderInfo.Version), cancellationToken).ConfigureAwait(false);
        return statistics;
    }
}
