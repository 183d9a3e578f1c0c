using Hw3.ReferenceSolutions.Q2.Measurement;
using Hw3.ReferenceSolutions.Q2.Network;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>One layer's activation change after one step (mean over seeds) and, if measured, the mean norms of ΔW.</summary>
public sealed record LayerSummary(LayerShape Layer, double ActivationChangeRms, UpdateNorms? UpdateNorms);
