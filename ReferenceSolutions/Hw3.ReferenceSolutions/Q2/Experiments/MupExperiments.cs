using Hw3.ReferenceSolutions.Q2.Data;
using Hw3.ReferenceSolutions.Q2.Measurement;
using Hw3.ReferenceSolutions.Q2.Network;
using Hw3.ReferenceSolutions.Q2.Optimization;
using Hw3.ReferenceSolutions.Q3.Parameterizations;
using MathNet.Numerics.Statistics;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>The experiments of Q2 (the notebook), each returning its data and the facts derived from it.</summary>
public static class MupExperiments
{
    /// <summary>(a) Per hidden layer of one mixed-width MLP: activation change after one Adam step, slopes vs fan-in and fan-out.</summary>
    public static LayerwiseActivationChange ActivationChangeAcrossLayers(
        OneStepConfig config, Parameterization parameterization = Parameterization.Standard) =>
        Layerwise(config, parameterization, includeUpdateNorms: false);

    /// <summary>(b) Which norm of ΔW — Frobenius, spectral, RMS→RMS — tracks the activation change across layers (SP, plain Adam).</summary>
    public static NormComparisonResult NormComparison(OneStepConfig config)
    {
        var layerwise = Layerwise(config, Parameterization.Standard, includeUpdateNorms: true);
        var logChanges = layerwise.Layers.Select(l => Math.Log(l.ActivationChangeRms)).ToArray();
        var correlations = UpdateNormKind.All.Select(kind => new NormCorrelation(
            kind,
            Correlation.Pearson(layerwise.Layers.Select(l => Math.Log(UpdateNormKind.Select(l.UpdateNorms!, kind))), logChanges)))
            .ToList();
        return new NormComparisonResult(layerwise, correlations);
    }

    /// <summary>(c) Coordinate checks under SP (SP init, one global LR) and μP (Table 3 init and per-layer LRs).</summary>
    public static WidthScalingComparison ActivationChangeAcrossWidths(CoordinateCheckConfig config) => new(
        CoordinateCheck.Run(
            LearningRateRules.FromTable3(Parameterization.Standard),
            config with { Initialization = Parameterization.Standard }),
        CoordinateCheck.Run(
            LearningRateRules.FromTable3(Parameterization.MaximalUpdate),
            config with { Initialization = Parameterization.MaximalUpdate }));

    /// <summary>(d) The ScaledMLP against the plain MLP, same initial function, same plain-Adam step.</summary>
    public static ScaledMlpResult ScaledMlpComparison(OneStepConfig config)
    {
        var data = config.Data.Load();
        var shape = new NetworkShape(data.InputDim, config.HiddenWidths, data.ClassCount);
        var plainOptions = new MlpOptions(config.Activation, Parameterization.Standard);
        var rules = LearningRateRules.FromTable3(Parameterization.Standard);
        var hiddenProducing = shape.Layers.Where(l => l.Kind != LayerKind.Output).ToList();
        var perSeed = config.Seeds.Select(seed =>
        {
            // The same seed draws the same Gaussians, so the ScaledMLP's weights are exactly fan_in × the plain ones.
            var plain = MlpFactory.Create(shape, plainOptions, new Random(seed));
            var scaled = MlpFactory.Create(shape, plainOptions.Scaled(), new Random(seed));
            var (inputs, labels) = data.SampleBatch(config.BatchSize, new Random(seed));
            var plainStep = OneStepProbe.Step(plain, rules, config.LearningRate, inputs, labels);
            var scaledStep = OneStepProbe.Step(scaled, rules, config.LearningRate, inputs, labels);
            var layers = hiddenProducing.Select(layer => new ScaledLayerComparison(
                layer,
                plainStep.ActivationChange(layer.Index),
                scaledStep.ActivationChange(layer.Index),
                plainStep.OwnUpdateEffect(layer.Index),
                scaledStep.OwnUpdateEffect(layer.Index),
                scaledStep.WeightUpdate(layer.Index).FrobeniusNorm() / plainStep.WeightUpdate(layer.Index).FrobeniusNorm()))
                .ToList();
            var logitDifference = (plainStep.BeforePass.Logits - scaledStep.BeforePass.Logits).FrobeniusNorm();
            return (Layers: layers, LogitDifference: logitDifference);
        }).ToList();

        var averaged = hiddenProducing.Select((layer, i) => new ScaledLayerComparison(
            layer,
            perSeed.Average(s => s.Layers[i].PlainActivationChange),
            perSeed.Average(s => s.Layers[i].ScaledActivationChange),
            perSeed.Average(s => s.Layers[i].PlainOwnEffect),
            perSeed.Average(s => s.Layers[i].ScaledOwnEffect),
            perSeed.Average(s => s.Layers[i].UpdateFrobeniusRatio))).ToList();
        return new ScaledMlpResult(averaged, perSeed.Max(s => s.LogitDifference));
    }

    /// <summary>(e) Learning-rate sweep across widths under SP and μP (Figure 1 of Tensor Programs V in miniature).</summary>
    public static LearningRateSweepResult LearningRateSweep(LearningRateSweepConfig config)
    {
        var data = config.Data.Load();
        var evaluation = data.Select(Enumerable.Range(0, Math.Min(config.EvaluationExamples, data.Count)).ToList());
        var points = new List<SweepPoint>();
        var optima = new List<SweepOptimum>();
        foreach (var parameterization in new[] { Parameterization.Standard, Parameterization.MaximalUpdate })
        {
            var rules = LearningRateRules.FromTable3(parameterization, config.BaseWidth);
            foreach (var width in config.Widths)
            {
                var shape = NetworkShape.Uniform(data.InputDim, width, config.HiddenLayers, data.ClassCount);
                var options = new MlpOptions(config.Activation, parameterization, config.BaseWidth);
                var losses = config.Log2LearningRates.Select(log2Rate => config.Seeds.Average(seed =>
                    TrainAndEvaluate(data, evaluation, shape, options, rules, Math.Pow(2, log2Rate), config, seed)))
                    .ToList();
                points.AddRange(config.Log2LearningRates.Select((log2Rate, i) =>
                    new SweepPoint(parameterization, width, log2Rate, losses[i])));
                optima.Add(Optimum(parameterization, width, config.Log2LearningRates, losses));
            }
        }

        return new LearningRateSweepResult(points, optima);
    }

    private static LayerwiseActivationChange Layerwise(OneStepConfig config, Parameterization parameterization, bool includeUpdateNorms)
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

    private static UpdateNorms MeanNorms(IEnumerable<UpdateNorms> norms)
    {
        var all = norms.ToList();
        return new UpdateNorms(all.Average(n => n.Frobenius), all.Average(n => n.Spectral), all.Average(n => n.RmsToRms));
    }

    private static double TrainAndEvaluate(
        ClassificationDataset data,
        (MathNet.Numerics.LinearAlgebra.Matrix<double> Inputs, int[] Labels) evaluation,
        NetworkShape shape,
        MlpOptions options,
        LearningRateRules rules,
        double learningRate,
        LearningRateSweepConfig config,
        int seed)
    {
        // One stream for the initialization and one for the batches, so that every learning rate and
        // width sees the same batch order for a given seed (common random numbers).
        var network = MlpFactory.Create(shape, options, new Random(seed));
        var batches = new Random(unchecked((seed * 7919) + 17));
        var trainer = new AdamTrainer(network, rules, learningRate);
        for (var step = 0; step < config.Steps; step++)
        {
            var (inputs, labels) = data.SampleBatch(config.BatchSize, batches);
            trainer.Step(inputs, labels);
        }

        var loss = network.Loss(evaluation.Inputs, evaluation.Labels);
        return double.IsFinite(loss) ? loss : double.MaxValue;
    }

    private static SweepOptimum Optimum(
        Parameterization parameterization, int width, IReadOnlyList<double> log2Rates, IReadOnlyList<double> losses)
    {
        var best = Enumerable.Range(0, losses.Count).MinBy(i => losses[i]);
        var log2Rate = log2Rates[best];
        if (best > 0 && best < losses.Count - 1)
        {
            // Vertex of the parabola through the minimum and its two neighbours, kept between the neighbours.
            var (x0, x1, x2) = (log2Rates[best - 1], log2Rates[best], log2Rates[best + 1]);
            var (y0, y1, y2) = (losses[best - 1], losses[best], losses[best + 1]);
            var denominator = ((x1 - x0) * (y1 - y2)) - ((x1 - x2) * (y1 - y0));
            if (denominator != 0)
            {
                var numerator = ((x1 - x0) * (x1 - x0) * (y1 - y2)) - ((x1 - x2) * (x1 - x2) * (y1 - y0));
                log2Rate = Math.Clamp(x1 - (0.5 * numerator / denominator), x0, x2);
            }
        }

        return new SweepOptimum(parameterization, width, log2Rate, losses[best]);
    }
}
