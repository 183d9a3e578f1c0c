using Hw3.ReferenceSolutions.Q2.Data;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>
/// Where an experiment's examples come from: the seeded synthetic stand-in for MNIST, or MNIST itself
/// when IDX image and label files are given (they cannot be downloaded here).
/// </summary>
public sealed record DataSource(
    SyntheticDataSpec Synthetic,
    string? MnistImagesPath = null,
    string? MnistLabelsPath = null,
    int? MaxExamples = null)
{
    public static DataSource Default { get; } = new(SyntheticDataSpec.Default);

    public static DataSource Mnist(string imagesPath, string labelsPath, int? maxExamples = null) =>
        new(SyntheticDataSpec.Default, imagesPath, labelsPath, maxExamples);

    public ClassificationDataset Load() => (MnistImagesPath, MnistLabelsPath) switch
    {
        (null, null) => SyntheticClassificationData.Generate(Synthetic),
        ({ } images, { } labels) => MnistDataset.Load(images, labels, MaxExamples),
        _ => throw new ArgumentException("MNIST needs both an image file and a label file"),
    };
}
