using Hw3.ReferenceSolutions.Q2.Network;
using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Q2.Measurement;

/// <summary>A network before and after one optimizer step, with both forward passes on the step's batch.</summary>
public sealed record OneStepOutcome(
    Mlp Before,
    Mlp After,
    Matrix<double> Inputs,
    ForwardPass BeforePass,
    ForwardPass AfterPass)
{
    /// <summary>The output of layer l: its post-activation for hidden layers, the logits for the output layer.</summary>
    public static Matrix<double> OutputOf(ForwardPass pass, int layer) =>
        layer + 1 < pass.Inputs.Count ? pass.Inputs[layer + 1] : pass.Logits;

    /// <summary>The notebook's metric for layer l: batch mean of the per-example RMS output change.</summary>
    public double ActivationChange(int layer) =>
        Measurement.ActivationChange.BatchMeanRms(OutputOf(BeforePass, layer), OutputOf(AfterPass, layer));

    /// <summary>ΔW of layer l.</summary>
    public Matrix<double> WeightUpdate(int layer) => After.Layers[layer].Weights - Before.Layers[layer].Weights;

    /// <summary>
    /// The change of layer l's output when ONLY layer l takes its step (every other layer keeps its old
    /// parameters): the effect of the layer's own update, without what flows in from earlier layers.
    /// </summary>
    public double OwnUpdateEffect(int layer)
    {
        // Layers before l are unchanged, so layer l sees its old input; layers after l do not affect its output.
        // One layer's product on the saved input therefore equals a whole forward pass of the hybrid network.
        var z = After.Layers[layer].Apply(BeforePass.Inputs[layer]);
        var output = layer + 1 < BeforePass.Inputs.Count ? ActivationFunctions.Apply(Before.Activation, z) : z;
        return Measurement.ActivationChange.BatchMeanRms(OutputOf(BeforePass, layer), output);
    }
}
