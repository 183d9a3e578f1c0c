using System.Diagnostics;
using Hw3.Grader.Grading;
using Hw3.Grader.Reporting;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Batch.Merging;

/// <summary>
/// Joins the output folders of <c>hw3 batch --shard K/N</c> runs into one, as if one batch had graded the whole class:
/// every student's results.json and record.json are copied, and grades.csv, manual.csv, summary.json and summary.html
/// are rebuilt from the records. Everything is checked before anything is written: a record graded with another
/// rubric or grader version, a student in two shards, or a record that cannot be read refuses the merge.
/// </summary>
public static class ShardMerge
{
    public static async Task<MergeResult> MergeAsync(IReadOnlyList<string> shards, string outFolder, Rubric rubric, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var refusals = new List<string>();
        var found = new List<(string Shard, ReportStore Store, StudentRecord Record)>();
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var shard in shards)
        {
            var store = new ReportStore(shard);
            if (!Directory.Exists(store.Folder))
            {
                refusals.Add($"{shard}: no such folder (expected the --out folder of a hw3 batch --shard run)");
                continue;
            }

            if (Path.GetFullPath(outFolder) == store.Folder)
            {
                refusals.Add($"{shard}: is also the --out folder; merge into a folder of its own");
                continue;
            }

            foreach (var key in store.Keys())
            {
                if (store.ReadRecord(key) is not { } record)
                {
                    refusals.Add($"{shard}/{key}/{StudentRecord.FileName}: cannot be read (grade that shard again)");
                    continue;
                }

                if (!owner.TryAdd(key, shard))
                {
                    refusals.Add($"{key} is in two shards, {owner[key]} and {shard} (shards of different N, or a folder given twice?)");
                    continue;
                }

                // A grader-error record names no rubric: the grader failed before it read one.
                if (record.Status != SubmissionStatus.GraderError && record.RubricSha256 != rubric.Sha256)
                {
                    refusals.Add($"{shard}/{key} was graded with rubric {Short(record.RubricSha256)}, not {rubric.FileName} ({Short(rubric.Sha256)}): grade every shard with the same rubric");
                }

                if (record.GraderVersion.Length > 0 && record.GraderVersion != GraderInfo.Version)
                {
                    refusals.Add($"{shard}/{key} was graded by grader {record.GraderVersion}, this is {GraderInfo.Version}: grade every shard with the same grader");
                }

                found.Add((shard, store, record));
            }
        }

        if (refusals.Count > 0)
        {
            return MergeResult.Refused(refusals);
        }

        var target = new ReportStore(outFolder);
        foreach (var (_, store, record) in found)
        {
            foreach (var file in new[] { store.ResultsPath(record.Key), store.RecordPath(record.Key) })
            {
                if (File.Exists(file))
                {
                    var text = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
                    await AtomicFile.WriteAsync(Path.Combine(target.Folder, record.Key, Path.GetFileName(file)), text, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        var records = found.Select(f => f.Record.WithoutAnswers()).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        var outcome = new BatchOutcome(records, records.Count, 0, [], clock.Elapsed);
        await ClassExports.WriteAsync(target, rubric, outcome, cancellationToken).ConfigureAwait(false);
        return MergeResult.Merged(outcome);
    }

    private static string Short(string sha256) => sha256.Length > 12 ? sha256[..12] : sha256.Length == 0 ? "(none)" : sha256;
}
