namespace Hw3.Grader.Rubrics;

/// <summary>A named list of values a grid walks, e.g. <c>d1: [1, 4, 16]</c> or <c>function: ["linear", "exp"]</c>.</summary>
public sealed record Axis(string Name, IReadOnlyList<AxisValue> Values);
