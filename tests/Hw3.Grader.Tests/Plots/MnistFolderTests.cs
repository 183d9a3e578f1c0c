using System.IO.Compression;
using Hw3.Grader.Plots;

namespace Hw3.Grader.Tests.Plots;

/// <summary><c>hw3 figures --data</c>: MNIST's training files found in a folder, gzipped or not; a folder without them named in one line.</summary>
public sealed class MnistFolderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hw3-mnist-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Gzipped_training_files_are_found_and_load_through_the_reference_reader()
    {
        Write(MnistFolder.Images + ".gz", [0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 2, 0, 255, 128, 0, 1, 2, 3, 4]);
        Write(MnistFolder.Labels + ".gz", [0, 0, 8, 1, 0, 0, 0, 2, 7, 3]);

        var (data, error) = MnistFolder.Find(_directory);

        error.Should().BeNull();
        var set = data!.Load();
        set.Count.Should().Be(2);
        set.InputDim.Should().Be(4);
        set.Labels.Should().Equal(7, 3);
    }

    [Fact]
    public void A_folder_without_the_label_file_is_refused_naming_the_file_it_lacks()
    {
        Write(MnistFolder.Images, [0, 0, 8, 3, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1]);

        var (data, error) = MnistFolder.Find(_directory);

        data.Should().BeNull();
        error.Should().Contain("holds no train-labels-idx1-ubyte (nor train-labels-idx1-ubyte.gz)");
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_refused_with_what_was_expected()
    {
        var (data, error) = MnistFolder.Find(Path.Combine(_directory, "nowhere"));

        data.Should().BeNull();
        error.Should().StartWith("--data: no folder").And.Contain("train-images-idx3-ubyte");
    }

    private void Write(string name, byte[] bytes)
    {
        using var file = File.Create(Path.Combine(_directory, name));
        using Stream stream = name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionLevel.Fastest) : file;
        stream.Write(bytes);
    }
}
