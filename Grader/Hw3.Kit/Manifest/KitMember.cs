using System.Text.Json.Serialization;

namespace Hw3.Kit.Manifest;

/// <summary>An answer-API member's signature, as the grader's AnswerApiCatalog states it (the one source of truth).</summary>
/// <param name="ParameterTypes">C# type names as the runner resolves them; null for a property.</param>
public sealed record KitMember(
    [property: JsonPropertyName("type")] string TypeName,
    [property: JsonPropertyName("member")] string MemberName,
    [property: JsonPropertyName("parameterTypes")] IReadOnlyList<string>? ParameterTypes,
    [property: JsonPropertyName("returns")] string ReturnType)
{
    [JsonIgnore]
    public string Id => $"{TypeName}.{MemberName}";
}
