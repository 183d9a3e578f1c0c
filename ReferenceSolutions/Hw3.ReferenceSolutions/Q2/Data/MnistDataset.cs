using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Q2.Data;

/// <summary>Loads MNIST-format IDX image and label files into a <see cref="ClassificationDataset"/> (pixels scaled to [0, 1]).</summary>
public static class MnistDataset
{
    public const int ClassCount = 10;

    public static ClassificationDataset Load(string imagesPath, string labelsPath, int? maxExamples = null) =>
        FromIdx(IdxReader.Read(imagesPath), IdxReader.Read(labelsPath), maxExamples);

    public static ClassificationDataset FromIdx(IdxArray images, IdxArray labels, int? maxExamples = null)
    {
        if (images.Dimensions.Count != 3)
        {
            throw new InvalidDataException($"expected a 3-dimensional image file (magic 0x{IdxReader.ImagesMagic:X8})");
        }

        if (labels.Dimensions.Count != 1)
        {
            throw new InvalidDataException($"expected a 1-dimensional label file (magic 0x{IdxReader.LabelsMagic:X8})");
        }

        if (images.Dimensions[0] != labels.Dimensions[0])
        {
            throw new InvalidDataException($"{images.Dimensions[0]} images but {labels.Dimensions[0]} labels");
        }

        var count = Math.Min(images.Dimensions[0], maxExamples ?? int.MaxValue);
        var pixels = images.Dimensions[1] * images.Dimensions[2];
        var inputs = Matrix<double>.Build.Dense(pixels, count, (i, j) => images.Data[(j * pixels) + i] / 255.0);
        var labelValues = labels.Data.Take(count).Select(b => (int)b).ToArray();
        if (labelValues.Any(label => label >= ClassCount))
        {
            throw new InvalidDataException($"MNIST labels must be below {ClassCount}");
        }

        return new ClassificationDataset(inputs, labelValues, ClassCount);
    }
}
