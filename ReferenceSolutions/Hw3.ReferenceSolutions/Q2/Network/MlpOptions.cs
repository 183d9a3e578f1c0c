using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Q2.Network;

/// <summary>
/// How to build an MLP: the nonlinearity, whose Table 3 init variances to use (optionally anchored at a
/// base width, see <see cref="Table3Scaling"/>), and optional per-layer multipliers on the initial
/// weights and on the layer's forward output (both 1 when absent).
/// </summary>
public sealed record MlpOptions(
    Activation Activation,
    Parameterization Initialization,
    int? BaseWidth = null,
    Func<LayerShape, double>? InitMultiplier = null,
    Func<LayerShape, double>? ForwardMultiplier = null)
{
    /// <summary>The notebook's ScaledMLP built on top of these options (see <see cref="ScaledMlpRule"/>).</summary>
    public MlpOptions Scaled() => Scaled(ScaledMultipliers.Reference);

    /// <summary>A ScaledMLP with the given multipliers (a student's, when the grader checks their rule).</summary>
    public MlpOptions Scaled(ScaledMultipliers multipliers) => this with
    {
        InitMultiplier = multipliers.InitFor,
        ForwardMultiplier = multipliers.ForwardFor,
    };
}
