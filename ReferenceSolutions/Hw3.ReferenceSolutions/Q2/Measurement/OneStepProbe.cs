using Hw3.ReferenceSolutions.Q2.Network;
using Hw3.ReferenceSolutions.Q2.Optimization;
using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Q2.Measurement;

/// <summary>
/// Takes ONE Adam step on a copy of a network and reports, per layer, how much its output moved on the
/// same batch (the notebook's measurement). The network passed in is not modified.
/// </summary>
public static class OneStepProbe
{
    public static OneStepOutcome Step(
        Mlp network, LearningRateRules rules, double baseLearningRate, Matrix<double> inputs, IReadOnlyList<int> labels)
    {
        var stepped = network.Clone();
        new AdamTrainer(stepped, rules, baseLearningRate).Step(inputs, labels);
        return new OneStepOutcome(network, stepped, inputs, network.Forward(inputs), stepped.Forward(inputs));
    }

    public static IReadOnlyList<LayerStepMeasurement> Measure(
        Mlp network,
        LearningRateRules rules,
        double baseLearningRate,
        Matrix<double> inputs,
        IReadOnlyList<int> labels,
        bool includeUpdateNorms = false)
    {
        var outcome = Step(network, rules, baseLearningRate, inputs, labels);
        return network.Layers.Select((layer, l) => new LayerStepMeasurement(
            layer.Shape,
            outcome.ActivationChange(l),
            includeUpdateNorms ? UpdateNorms.Of(outcome.WeightUpdate(l)) : null)).ToList();
    }
}
