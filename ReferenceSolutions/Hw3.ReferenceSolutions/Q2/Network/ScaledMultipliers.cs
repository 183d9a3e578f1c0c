using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Q2.Network;

/// <summary>
/// A ScaledMLP's two rules as functions of a hidden-producing layer's fan-in: what its output is multiplied by in the
/// forward pass, and what its default initial weights are multiplied by. The reference's are <see cref="ScaledMlpRule"/>;
/// a student's are the numbers their answers returned, so that the grader can build the network their rule describes.
/// The output layer is left alone whatever the rule.
/// </summary>
public sealed record ScaledMultipliers(Func<int, double> Forward, Func<int, double> Init)
{
    public static ScaledMultipliers Reference { get; } = new(ScaledMlpRule.ForwardMultiplier, ScaledMlpRule.InitMultiplier);

    public double ForwardFor(LayerShape layer) => layer.Kind == LayerKind.Output ? 1 : Forward(layer.FanIn);

    public double InitFor(LayerShape layer) => layer.Kind == LayerKind.Output ? 1 : Init(layer.FanIn);
}
