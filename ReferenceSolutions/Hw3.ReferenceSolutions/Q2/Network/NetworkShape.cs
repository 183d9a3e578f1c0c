using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Q2.Network;

/// <summary>An MLP's widths: data dimension, hidden widths in order, number of classes.</summary>
public sealed record NetworkShape(int InputDim, IReadOnlyList<int> HiddenWidths, int OutputDim)
{
    /// <summary>
    /// Every dense layer: the first is the input layer, the last the output layer, those between
    /// are hidden (Table 3's classification).
    /// </summary>
    public IReadOnlyList<LayerShape> Layers
    {
        get
        {
            if (HiddenWidths.Count == 0)
            {
                throw new InvalidOperationException("an MLP needs at least one hidden layer");
            }

            int[] dims = [InputDim, .. HiddenWidths, OutputDim];
            return Enumerable.Range(0, dims.Length - 1)
                .Select(i => new LayerShape(i, KindOf(i, dims.Length - 1), dims[i], dims[i + 1]))
                .ToList();
        }
    }

    /// <summary>All hidden widths equal to <paramref name="width"/>.</summary>
    public static NetworkShape Uniform(int inputDim, int width, int hiddenLayers, int outputDim) =>
        new(inputDim, Enumerable.Repeat(width, hiddenLayers).ToList(), outputDim);

    private static LayerKind KindOf(int index, int layerCount) =>
        index == 0 ? LayerKind.Input : index == layerCount - 1 ? LayerKind.Output : LayerKind.Hidden;
}
