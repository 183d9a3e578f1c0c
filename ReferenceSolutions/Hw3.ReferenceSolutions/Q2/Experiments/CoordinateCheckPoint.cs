using Hw3.ReferenceSolutions.Q2.Network;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>
/// One layer of the width-<paramref name="Width"/> network after one step (means over seeds): the
/// notebook's activation change, and the change caused by the layer's own update alone.
/// </summary>
public sealed record CoordinateCheckPoint(int Width, LayerShape Layer, double ActivationChangeRms, double OwnUpdateEffectRms);
