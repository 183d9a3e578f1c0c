using Hw3.ReferenceSolutions.Q2.Network;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.Grader.Checks.Kinds.Behaviour;

/// <summary>How messages name a layer of the coordinate check's MLPs: "hidden layer 2 (width → width)".</summary>
public static class LayerNames
{
    /// <param name="layer">The layer's shape in any of the MLPs (its index and kind do not change with width).</param>
    /// <param name="hiddenLayers">Hidden layers per MLP.</param>
    public static string Of(LayerShape layer, int hiddenLayers) => layer.Kind switch
    {
        LayerKind.Input => $"input layer ({layer.FanIn} → width)",
        LayerKind.Output => $"output layer (width → {layer.FanOut} logits)",
        _ when hiddenLayers > 2 => $"hidden layer {layer.Index} (width → width)",
        _ => "hidden layer (width → width)",
    };

    /// <summary>The short form for table headers and the one-line reason: "hidden layer 2".</summary>
    public static string Short(LayerShape layer, int hiddenLayers) => layer.Kind switch
    {
        LayerKind.Input => "input layer",
        LayerKind.Output => "output layer",
        _ when hiddenLayers > 2 => $"hidden layer {layer.Index}",
        _ => "hidden layer",
    };
}
