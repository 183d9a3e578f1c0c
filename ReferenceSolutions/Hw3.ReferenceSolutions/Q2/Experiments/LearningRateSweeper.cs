using Hw3.ReferenceSolutions.Q2.Data;
using Hw3.ReferenceSolutions.Q2.Network;
using Hw3.ReferenceSolutions.Q2.Optimization;
using Hw3.ReferenceSolutions.Q3.Parameterizations;
using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>Experiment (e): trains every (parameterization, width, learning rate, seed) and locates each width's optimum.</summary>
internal static class LearningRateSweeper
{
    public static LearningRateSweepResult Run(LearningRateSweepConfig config)
    {
        var data = config.Data.Load();
        var evaluation = data.Select(Enumerable.Range(0, Math.Min(config.EvaluationExamples, data.Count)).ToList());
        var points = new List<SweepPoint>();
        var optima = new List<SweepOptimum>();
        foreach (var parameterization in new[] { Parameterization.Standard, Parameterization.MaximalUpdate })
        {
            var rules = LearningRateRules.FromTable3(parameterization, config.BaseWidth);
            var options = new MlpOptions(config.Activation, parameterization, config.BaseWidth);
            foreach (var width in config.Widths)
            {
                var shape = NetworkShape.Uniform(data.InputDim, width, config.HiddenLayers, data.ClassCount);
                var losses = config.Log2LearningRates
                    .Select(log2Rate => config.Seeds.Average(seed =>
                        TrainAndEvaluate(data, evaluation, shape, options, rules, Math.Pow(2, log2Rate), config, seed)))
                    .ToList();
                points.AddRange(config.Log2LearningRates.Select((log2Rate, i) => new SweepPoint(parameterization, width, log2Rate, losses[i])));
                optima.Add(Optimum(parameterization, width, config.Log2LearningRates, losses));
            }
        }

        return new LearningRateSweepResult(points, optima);
    }

    /// <summary>Final loss on the evaluation examples; +∞ when training diverged.</summary>
    private static double TrainAndEvaluate(
        ClassificationDataset data,
        (Matrix<double> Inputs, int[] Labels) evaluation,
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
        return double.IsFinite(loss) ? loss : double.PositiveInfinity;
    }

    /// <summary>
    /// The grid point with the lowest loss, moved to the vertex of the parabola through it and its two
    /// neighbours (kept between them) when all three losses are finite.
    /// </summary>
    private static SweepOptimum Optimum(
        Parameterization parameterization, int width, IReadOnlyList<double> log2Rates, IReadOnlyList<double> losses)
    {
        var best = Enumerable.Range(0, losses.Count).MinBy(i => losses[i]);
        var log2Rate = log2Rates[best];
        if (best > 0 && best < losses.Count - 1 && double.IsFinite(losses[best - 1]) && double.IsFinite(losses[best + 1]))
        {
            var (x0, x1, x2) = (log2Rates[best - 1], log2Rates[best], log2Rates[best + 1]);
            var (y0, y1, y2) = (losses[best - 1], losses[best], losses[best + 1]);
            var denominator = ((x1 - x0) * (y1 - y2)) - ((x1 - x2) * (y1 - y0));
            if (denominator != 0)
            {
                var numerator = ((x1 - x0) * (x1 - x0) * (y1 - y2)) - ((x1 - x2) * (x1 - x2) * (y1 - y0));
                log2Rate = Math.Clamp(x1 - (0.5 * numerator / denominator), Math.Min(x0, x2), Math.Max(x0, x2));
            }
        }

        return new SweepOptimum(parameterization, width, log2Rate, losses[best]);
    }
}
