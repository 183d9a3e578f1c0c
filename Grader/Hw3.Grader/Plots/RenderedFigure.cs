namespace Hw3.Grader.Plots;

/// <summary>One figure as PNG bytes, with the file name <c>hw3 figures</c> writes it under and what it shows.</summary>
public sealed record RenderedFigure(string FileName, string Description, byte[] Png);
