using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.References.Precomputed;

/// <summary>
/// A file of precomputed references, made where there is time (packaging an autograder) and read where there is
/// none (a fresh container grading one submission): a header line, then one JSON object holding each store's entries.
/// A file is used only whole, only when made for this rubric and this grader build, and only when its content still
/// matches its seal; otherwise nothing of it is taken and the references are computed as without a file. Grades never
/// depend on whether a file was used: its entries are exactly what computing would give.
/// </summary>
/// <remarks>
/// The seal finds a stale file and any change made without resealing. It cannot stop someone who can rewrite the
/// file and its seal: such a person can as well replace the grader beside it. What protects both is where they live
/// (the autograder's source folder, which student code can neither read nor write: SECURITY.md).
/// </remarks>
public static class ReferenceFile
{
    /// <summary>Far above a real file (a few hundred kilobytes), so a wrong path to something huge is refused, not read.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        // NaN and infinities are values a reference may hold (a slope that did not fit); written as strings, read back as numbers.
        FloatFormatHandling = FloatFormatHandling.String,
        Culture = CultureInfo.InvariantCulture,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        NullValueHandling = NullValueHandling.Ignore,
        Converters = { new StringEnumConverter() }, // a layer's kind reads "Hidden", not 1, for staff who open the file
    });

    /// <summary>Writes what <paramref name="stores"/> hold (atomically: a reader sees the old file or the new one); returns the entry count.</summary>
    public static int Write(string path, IEnumerable<IReferenceStore> stores, ReferenceFileTarget target)
    {
        var body = new JObject();
        var count = 0;
        foreach (var store in stores.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            var entries = store.Export(Serializer);
            count += entries.Count;
            body[store.Name] = new JObject(entries.Select(entry => new JProperty(entry.Key, entry.Value)));
        }

        var bodyBytes = Encoding.UTF8.GetBytes(body.ToString(Formatting.None));
        var header = new ReferenceFileHeader(ReferenceFileHeader.CurrentFormat, target.RubricSha256, target.GraderBuild, target.GraderVersion, count, "");
        header = header with { Seal = header.SealOver(bodyBytes) };

        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        using (var output = File.Create(temporary))
        {
            output.Write(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(header, Formatting.None) + "\n"));
            output.Write(bodyBytes);
        }

        File.Move(temporary, full, overwrite: true);
        return count;
    }

    /// <summary>Puts the file's entries into <paramref name="stores"/> when it may be used; never throws for what the file holds.</summary>
    public static ReferenceFileLoad Read(string path, IReadOnlyList<IReferenceStore> stores, ReferenceFileTarget target)
    {
        if (!TryReadBytes(path, out var bytes, out var problem))
        {
            return new ReferenceFileLoad.Refused(problem);
        }

        var newline = Array.IndexOf(bytes, (byte)'\n');
        if (newline < 0 || ParseHeader(bytes.AsSpan(0, newline)) is not { } header)
        {
            return new ReferenceFileLoad.Refused("it is not a reference file: its first line is not a reference file's header");
        }

        var body = bytes.AsSpan(newline + 1);
        if (Mismatch(header, target) is { } mismatch)
        {
            return new ReferenceFileLoad.Refused(mismatch);
        }

        if (!string.Equals(header.SealOver(body), header.Seal, StringComparison.Ordinal))
        {
            return new ReferenceFileLoad.Refused("its content does not match its seal: it was changed after it was made");
        }

        List<StagedEntries> staged;
        try
        {
            var sections = JObject.Parse(Encoding.UTF8.GetString(body));
            staged = stores.Select(store => store.Stage(sections[store.Name] as JObject ?? new JObject(), Serializer)).ToList();
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException or InvalidCastException)
        {
            return new ReferenceFileLoad.Refused("its entries cannot be read: " + e.Message);
        }

        var count = staged.Sum(s => s.Count);
        if (count != header.Entries)
        {
            return new ReferenceFileLoad.Refused(string.Create(CultureInfo.InvariantCulture,
                $"its header counts {header.Entries} entries, where this grader read {count}"));
        }

        foreach (var entries in staged)
        {
            entries.Apply();
        }

        return new ReferenceFileLoad.Used(count);
    }

    private static string? Mismatch(ReferenceFileHeader header, ReferenceFileTarget target)
    {
        if (!string.Equals(header.Format, ReferenceFileHeader.CurrentFormat, StringComparison.Ordinal))
        {
            return $"it is in format '{header.Format}', and this grader reads '{ReferenceFileHeader.CurrentFormat}'";
        }

        if (!string.Equals(header.RubricSha256, target.RubricSha256, StringComparison.Ordinal))
        {
            return $"it was made for another rubric (SHA-256 {Short(header.RubricSha256)}; this rubric's is {Short(target.RubricSha256)})";
        }

        return string.Equals(header.GraderBuild, target.GraderBuild, StringComparison.Ordinal)
            ? null
            : $"it was made by another grader build (version {header.GraderVersion}, build {Short(header.GraderBuild)}; this grader is version {target.GraderVersion}, build {Short(target.GraderBuild)})";
    }

    private static ReferenceFileHeader? ParseHeader(ReadOnlySpan<byte> line)
    {
        try
        {
            return JsonConvert.DeserializeObject<ReferenceFileHeader>(Encoding.UTF8.GetString(line));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool TryReadBytes(string path, out byte[] bytes, out string problem)
    {
        bytes = [];
        problem = "";
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problem = Directory.Exists(path) ? "it is a folder, not a file" : "there is no such file";
                return false;
            }

            // A device or a named pipe reports no length: refused before it is opened (reading one may never end).
            if (info.Length == 0)
            {
                problem = "it is empty or not a regular file";
                return false;
            }

            if (info.Length > MaxBytes)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"it holds {info.Length} bytes, more than a reference file ever does ({MaxBytes})");
                return false;
            }

            bytes = File.ReadAllBytes(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = "it cannot be read: " + e.Message;
            return false;
        }
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
