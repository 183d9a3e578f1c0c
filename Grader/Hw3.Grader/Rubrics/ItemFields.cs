using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Rubrics;

/// <summary>
/// One rubric item as its kind reads it: the item's JSON, the reader that records each problem with its path and
/// line, the members the loader has already read, and the mistake formulas the catalog knows.
/// </summary>
public sealed class ItemFields(JObject json, JsonFields fields, IReadOnlyList<RubricTarget> targets, Func<string, bool> isMistakeFormula)
{
    public JObject Json { get; } = json;

    public JsonFields Fields { get; } = fields;

    public IReadOnlyList<RubricTarget> Targets { get; } = targets;

    public bool IsMistakeFormula(string name) => isMistakeFormula(name);

    /// <summary>A problem with the item as a whole, reported at the item (<c>$.items[3]</c>).</summary>
    public void Fail(string message) => Fields.Fail(Json, message);

    public void Fail(JToken at, string message) => Fields.Fail(at, message);
}
