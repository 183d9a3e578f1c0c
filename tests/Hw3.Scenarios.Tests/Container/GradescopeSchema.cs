using NJsonSchema;

namespace Hw3.Scenarios.Tests.Container;

/// <summary>schemas/gradescope-results.schema.json, the Gradescope spec as kept in the repository.</summary>
public static class GradescopeSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Repository.PathOf("schemas", "gradescope-results.schema.json")).GetAwaiter().GetResult());

    /// <summary>Every violation, as "path: kind", empty when the report is valid.</summary>
    public static IReadOnlyList<string> Violations(string json) =>
        Schema.Value.Validate(json).Select(e => $"{e.Path}: {e.Kind}").ToList();
}
