using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Q2.Data;

/// <summary>Generates the seeded synthetic classification set described by <see cref="SyntheticDataSpec"/>.</summary>
public static class SyntheticClassificationData
{
    public static ClassificationDataset Generate(SyntheticDataSpec spec)
    {
        var random = new Random(spec.Seed);
        var prototypeCount = spec.ClassCount * spec.PrototypesPerClass;
        var prototypes = Matrix<double>.Build.Random(spec.InputDim, prototypeCount, new ContinuousUniform(0, 1, random));
        var noise = new Normal(0, spec.PixelNoise, random);
        var inputs = Matrix<double>.Build.Dense(spec.InputDim, spec.Examples);
        var labels = new int[spec.Examples];
        for (var j = 0; j < spec.Examples; j++)
        {
            var prototype = random.Next(prototypeCount);
            labels[j] = prototype % spec.ClassCount;
            for (var i = 0; i < spec.InputDim; i++)
            {
                inputs[i, j] = Math.Clamp(prototypes[i, prototype] + noise.Sample(), 0, 1);
            }
        }

        return new ClassificationDataset(inputs, labels, spec.ClassCount);
    }
}
