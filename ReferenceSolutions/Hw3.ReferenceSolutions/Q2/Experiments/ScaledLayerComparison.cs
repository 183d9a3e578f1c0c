using Hw3.ReferenceSolutions.Q2.Network;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>
/// One hidden-producing layer of the plain MLP and of the ScaledMLP after the same Adam step (means over
/// seeds). "Own effect" is the change of the layer's output when only that layer takes its step;
/// "activation change" is the notebook's full metric, which also carries changes from earlier layers.
/// </summary>
public sealed record ScaledLayerComparison(
    LayerShape Layer,
    double PlainActivationChange,
    double ScaledActivationChange,
    double PlainOwnEffect,
    double ScaledOwnEffect,
    double UpdateFrobeniusRatio)
{
    /// <summary>How much the scaling shrank the update's effect on this layer's activation.</summary>
    public double EffectRatio => ScaledOwnEffect / PlainOwnEffect;

    /// <summary>The ScaledMLP's forward multiplier, 1/fan_in: what Adam's scale invariance predicts for <see cref="EffectRatio"/>.</summary>
    public double PredictedEffectRatio => ScaledMlpRule.ForwardMultiplier(Layer.FanIn);

    public double ActivationChangeRatio => ScaledActivationChange / PlainActivationChange;
}
