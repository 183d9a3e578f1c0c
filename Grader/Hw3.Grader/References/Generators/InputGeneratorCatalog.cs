namespace Hw3.Grader.References.Generators;

/// <summary>The input generators a rubric's <c>generator</c> field may name.</summary>
public static class InputGeneratorCatalog
{
    private static readonly IInputGenerator[] Generators = [new GaussianInputs()];

    /// <summary>Every generator's name, in a stable order (for a rubric error that lists them).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Generators.Select(g => g.Name)];

    /// <summary>The generator of that name, or null for a name no generator has.</summary>
    public static IInputGenerator? Find(string name) => Generators.FirstOrDefault(g => g.Name == name);
}
