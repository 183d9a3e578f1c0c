using Hw3.ReferenceSolutions.Q2.Measurement;
using Hw3.ReferenceSolutions.Q2.Network;
using Hw3.ReferenceSolutions.Q2.Optimization;
using Hw3.ReferenceSolutions.Q3.Parameterizations;
using MathNet.Numerics.Statistics;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>Experiments (a) and (b): one Adam step on one mixed-width MLP per seed, measured layer by layer.</summary>
internal static class LayerwiseExperiment
{
    public static LayerwiseActivationChange Run(OneStepConfig config, Parameterization parameterization, bool includeUpdateNorms)
    {
        var data = config.Data.Load();
        var shape = new NetworkShape(data.InputDim, config.HiddenWidths, data.ClassCount);
        var rules = LearningRateRules.FromTable3(parameterization);
        var hiddenProducing = shape.Layers.Where(l => l.Kind != LayerKind.Output).ToList();
        var perSeed = config.Seeds.Select(seed =>
        {
            var random = new Random(seed);
            var network = MlpFactory.Create(shape, new MlpOptions(config.Activation, parameterization), random);
            var (inputs, labels) = data.SampleBatch(config.BatchSize, random);
            return OneStepProbe.Measure(network, rules, config.LearningRate, inputs, labels, includeUpdateNorms);
        }).ToList();

        var layers = hiddenProducing.Select(layer => new LayerSummary(
            layer,
            perSeed.Average(m => m[layer.Index].ActivationChangeRms),
            includeUpdateNorms ? MeanNorms(perSeed.Select(m => m[layer.Index].UpdateNorms!)) : null)).ToList();
        var slopes = LogLogRegression.TwoFactor(
            layers.Select(l => (double)l.Layer.FanIn).ToList(),
            layers.Select(l => (double)l.Layer.FanOut).ToList(),
            layers.Select(l => l.ActivationChangeRms).ToList());
        return new LayerwiseActivationChange(parameterization, layers, slopes);
    }

    /// <summary>Pearson correlation across layers of log ‖ΔW‖ with log activation change, for each candidate norm.</summary>
    public static NormComparisonResult CompareNorms(LayerwiseActivationChange layerwise)
    {
        var logChanges = layerwise.Layers.Select(l => Math.Log(l.ActivationChangeRms)).ToArray();
        var correlations = UpdateNormKind.All.Select(kind => new NormCorrelation(
            kind,
            Correlation.Pearson(layerwise.Layers.Select(l => Math.Log(UpdateNormKind.Select(l.UpdateNorms!, kind))), logChanges)))
            .ToList();
        return new NormComparisonResult(layerwise, correlations);
    }

    private static UpdateNorms MeanNorms(IEnumerable<UpdateNorms> norms)
    {
        var all = norms.ToList();
        return new UpdateNorms(all.Average(n => n.Frobenius), all.Average(n => n.Spectral), all.Average(n => n.RmsToRms));
    }
}
