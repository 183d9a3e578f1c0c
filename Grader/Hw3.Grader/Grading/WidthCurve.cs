namespace Hw3.Grader.Grading;

/// <summary>
/// One layer's activation change against width under one learning-rate rule: the numbers a behaviour item's verdict came
/// from, kept in the report model so that coordcheck.png can draw them beside the report. They are not written to
/// results.json (the item's markdown table carries the same numbers for the student), so a report read back has none.
/// </summary>
/// <param name="Layer">How messages name the layer: "hidden layer 2".</param>
/// <param name="Rule">Whose learning rates trained the layer.</param>
public sealed record WidthCurve(string Layer, CurveRule Rule, IReadOnlyList<int> Widths, IReadOnlyList<double> Values);
