using System.Globalization;
using Hw3.Grader.Grading;
using Hw3.Grader.Reporting;
using Newtonsoft.Json;

namespace Hw3.Grader.Batch;

/// <summary>
/// The output folder of a batch: <c>&lt;out&gt;/&lt;key&gt;/results.json</c> and <c>record.json</c> per
/// submission. Every file is written atomically (temporary file, then rename), results.json first, so a
/// record never vouches for a report that is not there.
/// </summary>
public sealed class ReportStore(string folder)
{
    public const string ResultsFileName = GradescopeExporter.ResultsFileName;

    private static readonly GradescopeExporter Exporter = new();

    private static readonly JsonSerializerSettings RecordSettings = new()
    {
        Formatting = Formatting.Indented,
        Culture = CultureInfo.InvariantCulture,
        FloatFormatHandling = FloatFormatHandling.DefaultValue,
    };

    public string Folder { get; } = Path.GetFullPath(folder);

    public string ResultsPath(string key) => Path.Combine(Folder, key, ResultsFileName);

    public string RecordPath(string key) => Path.Combine(Folder, key, StudentRecord.FileName);

    /// <summary>The report as results.json, then the record that vouches for it.</summary>
    public async Task WriteAsync(string key, GradeReport report, StudentRecord record, CancellationToken cancellationToken)
    {
        await AtomicFile.WriteAsync(ResultsPath(key), Exporter.Render(report), cancellationToken).ConfigureAwait(false);
        await AtomicFile.WriteAsync(RecordPath(key), Serialize(record), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes the temporary files of a batch that was killed while writing (a file is written to a temporary one
    /// and renamed; a kill between the two leaves the temporary one behind), in this folder and its students'
    /// folders; returns how many. A batch does this before it grades.
    /// </summary>
    public int RemoveLeftovers()
    {
        if (!Directory.Exists(Folder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var directory in Directory.EnumerateDirectories(Folder).Prepend(Folder))
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.tmp"))
            {
                if (!AtomicFile.IsTemporary(Path.GetFileName(file)))
                {
                    continue;
                }

                try
                {
                    File.Delete(file);
                    removed++;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Left for the next run: it never counts as a report.
                }
            }
        }

        return removed;
    }

    /// <summary>The keys of every student with a record.json in this folder, in ordinal order (the order of grades.csv).</summary>
    public IReadOnlyList<string> Keys() => !Directory.Exists(Folder)
        ? []
        : Directory.EnumerateDirectories(Folder)
            .Where(d => File.Exists(Path.Combine(d, StudentRecord.FileName)))
            .Select(d => Path.GetFileName(d))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The record of an earlier run, or null when there is none or it cannot be read.</summary>
    public StudentRecord? ReadRecord(string key)
    {
        var text = ReadText(RecordPath(key));
        if (text is null)
        {
            return null;
        }

        try
        {
            return JsonConvert.DeserializeObject<StudentRecord>(text, RecordSettings);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The record with the free-text answers its record.json holds (<see cref="StudentRecord.WithoutAnswers"/>);
    /// as it is when there is no such file or the file is of another submission or rubric.
    /// </summary>
    public StudentRecord WithAnswers(StudentRecord record)
    {
        if (record.Items.Count == 0
            || ReadRecord(record.Key) is not { } stored
            || stored.SubmissionSha256 != record.SubmissionSha256
            || stored.RubricSha256 != record.RubricSha256)
        {
            return record;
        }

        var answers = (stored.Items ?? []).DistinctBy(i => i.Id).ToDictionary(i => i.Id, i => i.Answers, StringComparer.Ordinal);
        return record with { Items = record.Items.Select(i => answers.TryGetValue(i.Id, out var kept) ? i with { Answers = kept } : i).ToList() };
    }

    /// <summary>The earlier report read back from its results.json, or null when there is none or it cannot be read.</summary>
    public GradeReport? ReadReport(string key) => ReadReportOrError(key).Report;

    /// <summary>The earlier report, or why it cannot be read (no file, or what is wrong with it, naming the file by its key).</summary>
    public ReportReading ReadReportOrError(string key)
    {
        var name = key + "/" + ResultsFileName;
        var text = ReadText(ResultsPath(key));
        return text is null ? ReportReading.Failed($"{name}: no such file (grade the class with hw3 batch first)") : GradescopeReader.Read(text, name);
    }

    public static string Serialize(StudentRecord record) =>
        JsonConvert.SerializeObject(record, RecordSettings).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    private static string? ReadText(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
