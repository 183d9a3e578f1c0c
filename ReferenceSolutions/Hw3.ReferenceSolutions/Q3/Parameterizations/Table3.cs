namespace Hw3.ReferenceSolutions.Q3.Parameterizations;

/// <summary>
/// Table 3 of Tensor Programs V (Yang et al., 2022), "μP and SP for general neural networks", as data.
/// Each cell is a power of fan_in and fan_out; SP is the bracketed value where it differs from μP.
/// </summary>
public static class Table3
{
    private static readonly WidthScaling One = WidthScaling.Constant;
    private static readonly WidthScaling FanOut = new(0, 1);
    private static readonly WidthScaling InverseFanIn = new(-1, 0);
    private static readonly WidthScaling InverseFanInSquared = new(-2, 0);

    public static IReadOnlyList<Table3Entry> Entries { get; } =
    [
        // μP                                        input & biases           output                   hidden
        .. Row(Parameterization.MaximalUpdate, ScaledQuantity.InitVariance, InverseFanIn, InverseFanInSquared, InverseFanIn),
        .. Row(Parameterization.MaximalUpdate, ScaledQuantity.SgdLearningRate, FanOut, InverseFanIn, One),
        .. Row(Parameterization.MaximalUpdate, ScaledQuantity.AdamLearningRate, One, InverseFanIn, InverseFanIn),

        // SP (the bracketed entries; unbracketed cells are shared with μP)
        .. Row(Parameterization.Standard, ScaledQuantity.InitVariance, InverseFanIn, InverseFanIn, InverseFanIn),
        .. Row(Parameterization.Standard, ScaledQuantity.SgdLearningRate, One, One, One),
        .. Row(Parameterization.Standard, ScaledQuantity.AdamLearningRate, One, One, One),
    ];

    public static WidthScaling Lookup(Parameterization parameterization, LayerKind layer, ScaledQuantity quantity) =>
        Entries.Single(e => e.Parameterization == parameterization && e.Layer == layer && e.Quantity == quantity).Scaling;

    private static Table3Entry[] Row(
        Parameterization parameterization, ScaledQuantity quantity, WidthScaling input, WidthScaling output, WidthScaling hidden) =>
    [
        new(parameterization, LayerKind.Input, quantity, input),
        new(parameterization, LayerKind.Output, quantity, output),
        new(parameterization, LayerKind.Hidden, quantity, hidden),
    ];
}
