using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>
/// Log-log slopes against network width of one layer's activation change (<paramref name="SlopeVsWidth"/>)
/// and of its own update's effect (<paramref name="OwnEffectSlopeVsWidth"/>). The full change also
/// carries width-independent changes flowing in from the input layer, which dilute its slope; the own
/// effect isolates the layer's learning-rate rule. NaN when a change was not a finite positive number
/// (for example a rule that returned 0 or NaN).
/// </summary>
public sealed record LayerSlope(int LayerIndex, LayerKind Kind, double SlopeVsWidth, double OwnEffectSlopeVsWidth);
