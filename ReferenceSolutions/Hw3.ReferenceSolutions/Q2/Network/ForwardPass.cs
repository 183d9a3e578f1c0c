using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Q2.Network;

/// <summary>
/// Everything a backward pass needs. <see cref="Inputs"/>[0] is the data batch and
/// <see cref="Inputs"/>[l] the input of layer l; <see cref="PreActivations"/>[l] is layer l's output z.
/// The hidden activations h_1 … h_L are <see cref="Inputs"/>[1..]; the logits are the last pre-activation.
/// </summary>
public sealed record ForwardPass(IReadOnlyList<Matrix<double>> Inputs, IReadOnlyList<Matrix<double>> PreActivations)
{
    public Matrix<double> Logits => PreActivations[^1];
}
