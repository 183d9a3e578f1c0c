using Hw3.ReferenceSolutions.Q2.Network;

namespace Hw3.ReferenceSolutions.Q2.Measurement;

/// <summary>
/// What one optimizer step did to one layer: the batch-mean RMS change of the layer's output
/// (post-activation for hidden layers, logits for the output layer) and, when asked for, the norms of ΔW.
/// </summary>
public sealed record LayerStepMeasurement(LayerShape Layer, double ActivationChangeRms, UpdateNorms? UpdateNorms);
