using Hw3.ReferenceSolutions.Q2.Network;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Q2.Optimization;

/// <summary>
/// Per-layer Adam learning rates as functions of (base LR, fan_in, fan_out), one per Table 3 layer
/// kind. Biases follow the input-weights rule with fan_in = 1 (Table 3: "input weights &amp; all biases").
/// </summary>
public sealed record LearningRateRules(
    Func<double, int, int, double> Input,
    Func<double, int, int, double> Hidden,
    Func<double, int, int, double> Output)
{
    /// <summary>
    /// The Adam LR row of Table 3 for the given parameterization, optionally anchored at a base width
    /// (see <see cref="Table3Scaling"/>): without one, the μP hidden rule is exactly base/fan_in.
    /// </summary>
    public static LearningRateRules FromTable3(Parameterization parameterization, int? baseWidth = null) => new(
        RuleFor(parameterization, LayerKind.Input, baseWidth),
        RuleFor(parameterization, LayerKind.Hidden, baseWidth),
        RuleFor(parameterization, LayerKind.Output, baseWidth));

    /// <summary>
    /// These rules with one layer kind's rule replaced, so that a coordinate check isolates that kind (with the
    /// input rule go the biases, which follow it).
    /// </summary>
    public LearningRateRules With(LayerKind kind, Func<double, int, int, double> rule) => kind switch
    {
        LayerKind.Input => this with { Input = rule },
        LayerKind.Hidden => this with { Hidden = rule },
        LayerKind.Output => this with { Output = rule },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public double WeightRate(LayerShape layer, double baseLearningRate) => layer.Kind switch
    {
        LayerKind.Input => Input(baseLearningRate, layer.FanIn, layer.FanOut),
        LayerKind.Hidden => Hidden(baseLearningRate, layer.FanIn, layer.FanOut),
        LayerKind.Output => Output(baseLearningRate, layer.FanIn, layer.FanOut),
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer.Kind, null),
    };

    public double BiasRate(LayerShape layer, double baseLearningRate) => Input(baseLearningRate, 1, layer.FanOut);

    private static Func<double, int, int, double> RuleFor(Parameterization parameterization, LayerKind kind, int? baseWidth) =>
        (baseLearningRate, fanIn, fanOut) => baseLearningRate * Table3Scaling.Evaluate(
            parameterization, kind, ScaledQuantity.AdamLearningRate, fanIn, fanOut, baseWidth);
}
