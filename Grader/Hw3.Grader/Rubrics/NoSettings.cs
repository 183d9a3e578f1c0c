namespace Hw3.Grader.Rubrics;

/// <summary>The settings of a kind that reads no field of its own (boolean, manual, completion).</summary>
public sealed record NoSettings : KindSettings
{
    public static NoSettings Instance { get; } = new();
}
