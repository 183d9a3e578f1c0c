using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Hw3.Grader.Batch.Exports;
using Hw3.Grader.Reporting;

namespace Hw3.Grader.Batch;

/// <summary>
/// Reads a manual.csv that staff filled in (<see cref="ManualAnswersCsvExporter"/> wrote it) through CsvHelper, by
/// column name: whatever a spreadsheet did to the column order or the other columns does not matter.
/// </summary>
public static class StaffGradeSheet
{
    private static readonly string[] Required =
    [
        ManualAnswersCsvExporter.SubmissionColumn, ManualAnswersCsvExporter.ItemColumn, ManualAnswersCsvExporter.AnswerSha256Column,
        ManualAnswersCsvExporter.ScoreColumn, ManualAnswersCsvExporter.CommentColumn,
    ];

    /// <param name="name">How errors name the file.</param>
    /// <returns>The rows, or every problem found, each naming the file and the row.</returns>
    public static (IReadOnlyList<StaffGradeRow> Rows, IReadOnlyList<string> Errors) Read(string text, string name)
    {
        var rows = new List<StaffGradeRow>();
        var errors = new List<string>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = false, MissingFieldFound = null };
        using var csv = new CsvReader(new StringReader(text), configuration);
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
            {
                return ([], [$"{name}: empty; expected the manual.csv that hw3 batch wrote, with the columns {string.Join(", ", ManualAnswersCsvExporter.Columns)}"]);
            }

            var missing = Required.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0)
            {
                return ([], [$"{name} row 1: expected the columns {string.Join(", ", Required)}; missing {string.Join(", ", missing)}"]);
            }

            var index = Required.ToDictionary(c => c, c => Array.IndexOf(header, c), StringComparer.Ordinal);
            while (csv.Read())
            {
                var row = csv.Parser.Row;
                if (csv.Parser.Count < header.Length)
                {
                    errors.Add(string.Create(CultureInfo.InvariantCulture, $"{name} row {row}: expected {header.Length} cells like the header, found {csv.Parser.Count}"));
                    continue;
                }

                string Cell(string column) => Unescape(csv.GetField(index[column]) ?? "");
                rows.Add(new StaffGradeRow(
                    row,
                    Cell(ManualAnswersCsvExporter.SubmissionColumn),
                    Cell(ManualAnswersCsvExporter.ItemColumn),
                    Cell(ManualAnswersCsvExporter.AnswerSha256Column).Trim(),
                    Cell(ManualAnswersCsvExporter.ScoreColumn).Trim(),
                    Cell(ManualAnswersCsvExporter.CommentColumn)));
            }
        }
        catch (CsvHelperException e)
        {
            var row = e.Context?.Parser?.Row ?? 0;
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{name} row {row}: not valid CSV ({FirstLine(e.Message)})"));
        }

        return (rows, errors);
    }

    /// <summary>Undoes the formula escaping of <see cref="Reporting.Csv.SafeCsvWriter"/>: an apostrophe before =, +, -, @, tab or carriage return.</summary>
    private static string Unescape(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && "=+-@\t\r".Contains(cell[1], StringComparison.Ordinal) ? cell[1..] : cell;

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
