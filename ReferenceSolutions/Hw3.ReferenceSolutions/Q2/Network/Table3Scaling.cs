using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Q2.Network;

/// <summary>
/// Evaluates a Table 3 entry for a concrete layer. Table 3 fixes scalings only up to constants; with a
/// base width b the constants are chosen as muTransfer's "base shapes" do: the entry is divided by its
/// value at the base shape and multiplied by SP's, so that at width b every parameterization coincides
/// with SP. The base shape replaces each width-dependent dimension by b: (fan_in, b) for input layers,
/// (b, b) for hidden layers, (b, fan_out) for output layers.
/// </summary>
public static class Table3Scaling
{
    public static double Evaluate(
        Parameterization parameterization, LayerKind kind, ScaledQuantity quantity, int fanIn, int fanOut, int? baseWidth = null)
    {
        var scaling = Table3.Lookup(parameterization, kind, quantity);
        var value = scaling.Evaluate(fanIn, fanOut);
        if (baseWidth is not { } width)
        {
            return value;
        }

        var (baseFanIn, baseFanOut) = kind switch
        {
            LayerKind.Input => (fanIn, width),
            LayerKind.Hidden => (width, width),
            LayerKind.Output => (width, fanOut),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        var standard = Table3.Lookup(Parameterization.Standard, kind, quantity);
        return value * standard.Evaluate(baseFanIn, baseFanOut) / scaling.Evaluate(baseFanIn, baseFanOut);
    }
}
