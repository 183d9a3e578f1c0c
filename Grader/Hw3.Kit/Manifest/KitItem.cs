using System.Text.Json.Serialization;

namespace Hw3.Kit.Manifest;

/// <summary>
/// One item the kit checks: a rubric item visible before the due date, as <c>hw3 kit</c> copied it. It carries no
/// expected value: only what the student already sees (id, title, points) and what an answer may be (choices).
/// </summary>
/// <param name="Kind">The rubric kind (grid, choice, manual …): free text and completion items are only checked for being answered.</param>
/// <param name="Members">The answer-API members the item grades, e.g. <c>Q1.InitScale</c>.</param>
/// <param name="Choices">For a choice item: each allowed answer and its other accepted spellings; null otherwise.</param>
public sealed record KitItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("points")] double Points,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("members")] IReadOnlyList<string> Members,
    [property: JsonPropertyName("choices")] IReadOnlyDictionary<string, IReadOnlyList<string>>? Choices);
