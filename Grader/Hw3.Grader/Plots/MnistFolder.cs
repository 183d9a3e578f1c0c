using Hw3.ReferenceSolutions.Q2.Experiments;

namespace Hw3.Grader.Plots;

/// <summary>
/// Finds MNIST's training files in a folder for <c>hw3 figures --data</c> (the grader downloads nothing): the IDX image and
/// label files under their usual names, gzipped or not. A folder without them is a value with a message, not an exception.
/// </summary>
public static class MnistFolder
{
    public const string Images = "train-images-idx3-ubyte";
    public const string Labels = "train-labels-idx1-ubyte";

    /// <summary>Examples the figures use at most: the first 10,000 (the experiments draw batches and evaluate on the first 1,024).</summary>
    public const int MaxExamples = 10_000;

    public static (DataSource? Data, string? Error) Find(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return (null, $"--data: no folder \"{folder}\"; expected a folder holding MNIST's {Images} and {Labels} (or the same names ending in .gz)");
        }

        var images = Locate(folder, Images);
        var labels = Locate(folder, Labels);
        return images is null || labels is null
            ? (null, $"--data: \"{folder}\" holds no {(images is null ? Images : Labels)} (nor {(images is null ? Images : Labels)}.gz); expected MNIST's training image and label files")
            : (DataSource.Mnist(images, labels, MaxExamples), null);
    }

    private static string? Locate(string folder, string name) =>
        new[] { name, name + ".gz" }.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists);
}
