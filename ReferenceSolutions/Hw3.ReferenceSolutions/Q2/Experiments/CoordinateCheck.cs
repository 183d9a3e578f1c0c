using Hw3.ReferenceSolutions.Q2.Measurement;
using Hw3.ReferenceSolutions.Q2.Network;
using Hw3.ReferenceSolutions.Q2.Optimization;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>
/// Grades learning-rate rules by behaviour: for each width, build an MLP with that hidden width, take
/// one Adam step with the per-layer rates the rules give, and fit how each layer's activation change
/// (and its own update's effect) scales with width. μP's rules give slopes near 0; one global Adam LR
/// gives own-effect slopes near 1 for every layer whose fan-in is the width, a 1/√fan_in rule near ½.
/// </summary>
public static class CoordinateCheck
{
    /// <param name="inputLr">(base LR, fan_in, fan_out) → LR of the input layer and of every bias.</param>
    /// <param name="hiddenLr">(base LR, fan_in, fan_out) → LR of hidden-to-hidden weights.</param>
    /// <param name="outputLr">(base LR, fan_in, fan_out) → LR of the output weights.</param>
    public static CoordinateCheckResult Run(
        Func<double, int, int, double> inputLr,
        Func<double, int, int, double> hiddenLr,
        Func<double, int, int, double> outputLr,
        CoordinateCheckConfig? config = null) =>
        Run(new LearningRateRules(inputLr, hiddenLr, outputLr), config ?? CoordinateCheckConfig.Default);

    public static CoordinateCheckResult Run(LearningRateRules rules, CoordinateCheckConfig config)
    {
        var data = config.Data.Load();
        var points = new List<CoordinateCheckPoint>();
        foreach (var width in config.Widths)
        {
            var shape = NetworkShape.Uniform(data.InputDim, width, config.HiddenLayers, data.ClassCount);
            var changes = config.Seeds.Select(seed =>
            {
                // Every width sees the same batch for a given seed (its own stream), so that only the
                // width changes along a slope.
                var (inputs, labels) = data.SampleBatch(config.BatchSize, new Random(seed));
                var network = MlpFactory.Create(
                    shape, new MlpOptions(config.Activation, config.Initialization), new Random(unchecked((seed * 7919) + 1)));
                var outcome = OneStepProbe.Step(network, rules, config.BaseLearningRate, inputs, labels);
                return network.Layers.Select((_, l) => (Full: outcome.ActivationChange(l), Own: outcome.OwnUpdateEffect(l))).ToArray();
            }).ToList();
            points.AddRange(shape.Layers.Select(layer => new CoordinateCheckPoint(
                width, layer, changes.Average(c => c[layer.Index].Full), changes.Average(c => c[layer.Index].Own))));
        }

        var slopes = points.GroupBy(p => p.Layer.Index).Select(layerPoints =>
        {
            var widths = layerPoints.Select(p => (double)p.Width).ToList();
            return new LayerSlope(
                layerPoints.Key,
                layerPoints.First().Layer.Kind,
                LogLogRegression.SlopeOrNaN(widths, layerPoints.Select(p => p.ActivationChangeRms).ToList()),
                LogLogRegression.SlopeOrNaN(widths, layerPoints.Select(p => p.OwnUpdateEffectRms).ToList()));
        }).ToList();
        return new CoordinateCheckResult(points, slopes);
    }
}
