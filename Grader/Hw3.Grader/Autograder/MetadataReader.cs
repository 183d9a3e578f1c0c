using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Autograder;

/// <summary>
/// Reads Gradescope's <c>submission_metadata.json</c>. Every field is optional to the grader (a local
/// <c>docker run</c> has no metadata at all); a field that is present but malformed is named with its line, for staff.
/// </summary>
public static class MetadataReader
{
    /// <summary>Larger metadata is not Gradescope's (it holds a few previous results.json, each well under this).</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    public static MetadataReadResult ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return MetadataReadResult.Unusable($"{name} does not exist, so no due date is known: items shown after the due date stay out of the student's summary");
            }

            if (info.Length > MaxBytes)
            {
                return MetadataReadResult.Unusable($"{name} is {info.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes, more than Gradescope writes; it was not read");
            }

            return Parse(File.ReadAllText(path), name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return MetadataReadResult.Unusable($"{name} cannot be read: {e.Message}");
        }
    }

    public static MetadataReadResult Parse(string json, string fileName)
    {
        JObject root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
            root = JObject.Load(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        }
        catch (JsonReaderException e)
        {
            return MetadataReadResult.Unusable($"{fileName} (line {e.LineNumber}): not JSON: {e.Message}");
        }

        var problems = new List<string>();
        var assignment = root["assignment"] as JObject;
        var users = (root["users"] as JArray ?? [])
            .OfType<JObject>()
            .Select(u => new SubmissionUser(Text(u["id"]), Text(u["name"]), Text(u["email"])))
            .ToList();
        var metadata = new SubmissionMetadata(
            root["id"]?.Type == JTokenType.Integer ? root["id"]!.Value<long>() : null,
            Date(root["created_at"], fileName, problems),
            Date(assignment?["due_date"], fileName, problems),
            Date(assignment?["late_due_date"], fileName, problems),
            Number(assignment?["total_points"], fileName, problems),
            Text(assignment?["title"]),
            users,
            (root["previous_submissions"] as JArray)?.Count ?? 0);
        return problems.Count == 0 ? MetadataReadResult.Read(metadata) : MetadataReadResult.Unusable(string.Join("; ", problems));
    }

    private static string? Text(JToken? token) =>
        token is null || token.Type is JTokenType.Null or JTokenType.Undefined ? null : Convert.ToString(((JValue)token).Value, CultureInfo.InvariantCulture);

    private static DateTimeOffset? Date(JToken? token, string fileName, List<string> problems)
    {
        if (token is null || token.Type == JTokenType.Null)
        {
            return null;
        }

        if (token.Type == JTokenType.String
            && DateTimeOffset.TryParse(token.Value<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return date;
        }

        problems.Add($"{fileName} {token.Path} (line {((IJsonLineInfo)token).LineNumber}): expected a date such as \"2026-12-01T23:59:00-08:00\", found {token.ToString(Formatting.None)}");
        return null;
    }

    private static double? Number(JToken? token, string fileName, List<string> problems)
    {
        switch (token)
        {
            case null:
                return null;
            case { Type: JTokenType.Null }:
                return null;
            case { Type: JTokenType.Integer or JTokenType.Float }:
                return token.Value<double>();
            case { Type: JTokenType.String } when double.TryParse(token.Value<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                return parsed; // Gradescope writes total_points as a string ("20.0")
            default:
                problems.Add($"{fileName} {token.Path} (line {((IJsonLineInfo)token).LineNumber}): expected a number of points, found {token.ToString(Formatting.None)}");
                return null;
        }
    }
}
