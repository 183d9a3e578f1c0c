using Hw3.ReferenceSolutions.Q2.Measurement;
using Hw3.ReferenceSolutions.Q2.Network;
using Hw3.ReferenceSolutions.Q2.Optimization;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>Experiment (d): the ScaledMLP and the plain MLP, same initial function, same plain-Adam step.</summary>
internal static class ScaledMlpExperiment
{
    public static ScaledMlpResult Run(OneStepConfig config, ScaledMultipliers multipliers)
    {
        var data = config.Data.Load();
        var shape = new NetworkShape(data.InputDim, config.HiddenWidths, data.ClassCount);
        var plainOptions = new MlpOptions(config.Activation, Parameterization.Standard);
        var rules = LearningRateRules.FromTable3(Parameterization.Standard);
        var hiddenProducing = shape.Layers.Where(l => l.Kind != LayerKind.Output).ToList();
        var perSeed = config.Seeds.Select(seed =>
        {
            // The same seed draws the same Gaussians, so the ScaledMLP's weights are exactly the init multiplier × the plain ones.
            var plain = MlpFactory.Create(shape, plainOptions, new Random(seed));
            var scaled = MlpFactory.Create(shape, plainOptions.Scaled(multipliers), new Random(seed));
            var (inputs, labels) = data.SampleBatch(config.BatchSize, new Random(seed));
            var plainStep = OneStepProbe.Step(plain, rules, config.LearningRate, inputs, labels);
            var scaledStep = OneStepProbe.Step(scaled, rules, config.LearningRate, inputs, labels);
            var layers = hiddenProducing.Select(layer => Compare(layer, plainStep, scaledStep)).ToList();
            var logitDifference = (plainStep.BeforePass.Logits - scaledStep.BeforePass.Logits).FrobeniusNorm();
            return (Layers: layers, LogitDifference: logitDifference, LogitScale: plainStep.BeforePass.Logits.FrobeniusNorm());
        }).ToList();

        var averaged = hiddenProducing.Select((layer, i) => new ScaledLayerComparison(
            layer,
            perSeed.Average(s => s.Layers[i].PlainActivationChange),
            perSeed.Average(s => s.Layers[i].ScaledActivationChange),
            perSeed.Average(s => s.Layers[i].PlainOwnEffect),
            perSeed.Average(s => s.Layers[i].ScaledOwnEffect),
            perSeed.Average(s => s.Layers[i].UpdateFrobeniusRatio))).ToList();
        // Math.Max keeps a NaN (Enumerable.Max would skip it): a rule that blew the network up must not look preserved.
        return new ScaledMlpResult(
            averaged,
            perSeed.Aggregate(0.0, (largest, s) => Math.Max(largest, s.LogitDifference)),
            perSeed.Aggregate(0.0, (largest, s) => Math.Max(largest, s.LogitDifference / s.LogitScale)));
    }

    private static ScaledLayerComparison Compare(LayerShape layer, OneStepOutcome plain, OneStepOutcome scaled) => new(
        layer,
        plain.ActivationChange(layer.Index),
        scaled.ActivationChange(layer.Index),
        plain.OwnUpdateEffect(layer.Index),
        scaled.OwnUpdateEffect(layer.Index),
        scaled.WeightUpdate(layer.Index).FrobeniusNorm() / plain.WeightUpdate(layer.Index).FrobeniusNorm());
}
