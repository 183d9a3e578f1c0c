using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.References.Precomputed;

/// <summary>
/// A process-wide store of computed reference values that a precomputed reference file (<see cref="ReferenceFile"/>)
/// can carry: what it has computed goes out, and a file's entries come in before grading asks for them.
/// </summary>
public interface IReferenceStore
{
    /// <summary>The store's section in the file; stable across builds.</summary>
    string Name { get; }

    /// <summary>Every value computed so far (never one whose computation failed), by key, in ordinal key order.</summary>
    IReadOnlyList<KeyValuePair<string, JToken>> Export(JsonSerializer serializer);

    /// <summary>
    /// Reads a file's section without touching the store: every entry is parsed first (a malformed one throws
    /// <see cref="JsonException"/> or <see cref="FormatException"/>), so a file is taken whole or not at all.
    /// </summary>
    StagedEntries Stage(JObject section, JsonSerializer serializer);
}
