using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hw3.Kit.Manifest;

/// <summary>
/// What the kit knows of the homework, read from <c>items.json</c> beside the checker: the visible items, the
/// answer API's signatures, the per-call time limit, and the titles of what is graded after submission (titles only:
/// no id, no input, no value of those items travels).
/// </summary>
public sealed record KitManifest(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("callTimeoutSeconds")] double CallTimeoutSeconds,
    [property: JsonPropertyName("items")] IReadOnlyList<KitItem> Items,
    [property: JsonPropertyName("members")] IReadOnlyList<KitMember> Members,
    [property: JsonPropertyName("gradedAfterSubmission")] IReadOnlyList<string> GradedAfterSubmission)
{
    public const string FileName = "items.json";

    public static JsonSerializerOptions JsonOptions { get; } = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public KitMember Member(string id) =>
        Members.FirstOrDefault(m => m.Id == id) ?? throw new KeyNotFoundException($"{FileName} lists no member {id}");

    /// <summary>Reads the manifest; a missing or broken file is an error naming it, since the kit cannot check without it.</summary>
    public static KitManifest Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<KitManifest>(stream, JsonOptions)
                ?? throw new InvalidDataException($"{Path.GetFileName(path)} is empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} cannot be read (line {(e.LineNumber ?? 0) + 1}): {e.Message}", e);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}
