using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks.Kinds.Choice;

/// <summary>What a choice item reads beside the common fields.</summary>
/// <param name="Choices">Canonical choice → further accepted spellings.</param>
public sealed record ChoiceSettings(IReadOnlyDictionary<string, IReadOnlyList<string>> Choices) : KindSettings;
