using Hw3.ReferenceSolutions.Q2.Network;
using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Q2.Optimization;

/// <summary>Trains an <see cref="Mlp"/> in place with Adam and per-layer learning rates.</summary>
public sealed class AdamTrainer
{
    private readonly Mlp network;
    private readonly LearningRateRules rules;
    private readonly double baseLearningRate;
    private readonly AdamHyperparameters hyper;
    private readonly List<(AdamMoments Weights, AdamMoments Bias)> moments;
    private int step;

    public AdamTrainer(Mlp network, LearningRateRules rules, double baseLearningRate, AdamHyperparameters? hyper = null)
    {
        this.network = network;
        this.rules = rules;
        this.baseLearningRate = baseLearningRate;
        this.hyper = hyper ?? AdamHyperparameters.Default;
        moments = network.Layers
            .Select(layer => (new AdamMoments(layer.Weights.RowCount * layer.Weights.ColumnCount), new AdamMoments(layer.Bias.Count)))
            .ToList();
    }

    /// <summary>One optimizer step on a batch (one example per column); returns the loss before the step.</summary>
    public double Step(Matrix<double> inputs, IReadOnlyList<int> labels)
    {
        var pass = network.Forward(inputs);
        var loss = SoftmaxCrossEntropy.Loss(pass.Logits, labels);
        var gradients = network.Backward(pass, labels);
        step++;
        for (var l = 0; l < network.Layers.Count; l++)
        {
            var layer = network.Layers[l];
            moments[l].Weights.Update(
                DenseStorage.Of(layer.Weights),
                DenseStorage.Of(gradients[l].Weights),
                rules.WeightRate(layer.Shape, baseLearningRate),
                step,
                hyper);
            moments[l].Bias.Update(
                DenseStorage.Of(layer.Bias),
                DenseStorage.Of(gradients[l].Bias),
                rules.BiasRate(layer.Shape, baseLearningRate),
                step,
                hyper);
        }

        return loss;
    }
}
