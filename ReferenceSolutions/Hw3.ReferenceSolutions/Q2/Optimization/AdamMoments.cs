namespace Hw3.ReferenceSolutions.Q2.Optimization;

/// <summary>Adam's running first and second moments for one parameter tensor, and the update rule.</summary>
public sealed class AdamMoments(int size)
{
    private readonly double[] first = new double[size];
    private readonly double[] second = new double[size];

    /// <summary>One Adam update of <paramref name="parameters"/> in place; <paramref name="step"/> counts from 1.</summary>
    public void Update(double[] parameters, double[] gradient, double learningRate, int step, AdamHyperparameters hyper)
    {
        if (parameters.Length != first.Length || gradient.Length != first.Length)
        {
            throw new ArgumentException("parameter, gradient and moment sizes differ");
        }

        var firstCorrection = 1 - Math.Pow(hyper.Beta1, step);
        var secondCorrection = 1 - Math.Pow(hyper.Beta2, step);
        for (var i = 0; i < parameters.Length; i++)
        {
            first[i] = hyper.Beta1 * first[i] + (1 - hyper.Beta1) * gradient[i];
            second[i] = hyper.Beta2 * second[i] + (1 - hyper.Beta2) * gradient[i] * gradient[i];
            var firstHat = first[i] / firstCorrection;
            var secondHat = second[i] / secondCorrection;
            parameters[i] -= learningRate * firstHat / (Math.Sqrt(secondHat) + hyper.Epsilon);
        }
    }
}
