using System.Buffers.Binary;
using System.IO.Compression;
using Hw3.ReferenceSolutions.Q2.Data;
using Hw3.ReferenceSolutions.Q2.Experiments;

namespace Hw3.ReferenceSolutions.Tests.Q2;

public sealed class DataTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("hw3-idx-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void The_synthetic_set_is_reproducible_and_mnist_like()
    {
        var spec = new SyntheticDataSpec(InputDim: 12, Examples: 300, Seed: 9);

        var first = SyntheticClassificationData.Generate(spec);
        var second = SyntheticClassificationData.Generate(spec);

        first.Inputs.Equals(second.Inputs).Should().BeTrue();
        first.Labels.Should().Equal(second.Labels);
        first.Inputs.Enumerate().Should().OnlyContain(pixel => pixel >= 0 && pixel <= 1);
        first.Labels.Distinct().Should().HaveCount(10);
        first.InputDim.Should().Be(12);
        first.Count.Should().Be(300);
    }

    [Fact]
    public void A_different_seed_gives_a_different_set()
    {
        var a = SyntheticClassificationData.Generate(new SyntheticDataSpec(Seed: 1));
        var b = SyntheticClassificationData.Generate(new SyntheticDataSpec(Seed: 2));

        a.Inputs.Equals(b.Inputs).Should().BeFalse();
    }

    [Fact]
    public void The_idx_reader_reads_a_tiny_mnist_image_and_label_pair()
    {
        var (images, labels) = WriteTinyMnist(".idx");

        var data = MnistDataset.Load(images, labels);

        data.Count.Should().Be(3);
        data.InputDim.Should().Be(6);
        data.Labels.Should().Equal(7, 0, 9);
        data.Inputs[0, 0].Should().Be(0);
        data.Inputs[5, 0].Should().Be(255 / 255.0);
        data.Inputs[1, 2].Should().BeApproximately(13 / 255.0, 1e-15);
    }

    [Fact]
    public void The_idx_reader_decompresses_gzipped_files_and_limits_the_count()
    {
        var (images, labels) = WriteTinyMnist(".idx.gz");

        var data = DataSource.Mnist(images, labels, maxExamples: 2).Load();

        data.Count.Should().Be(2);
        data.Labels.Should().Equal(7, 0);
    }

    [Fact]
    public void The_idx_reader_checks_the_magic_numbers()
    {
        var path = Path.Combine(directory, "bad.idx");
        File.WriteAllBytes(path, [0x00, 0x00, 0x0D, 0x01, 0, 0, 0, 0]);

        var act = () => IdxReader.Read(path);

        act.Should().Throw<InvalidDataException>().WithMessage("*0x00000D01*");
    }

    [Fact]
    public void Images_and_labels_are_not_confused()
    {
        var (images, labels) = WriteTinyMnist(".idx");

        var act = () => MnistDataset.Load(labels, images);

        act.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void A_truncated_file_is_reported()
    {
        var path = Path.Combine(directory, "short.idx");
        File.WriteAllBytes(path, [0x00, 0x00, 0x08, 0x01, 0, 0, 0, 5, 1, 2]);

        var act = () => IdxReader.Read(path);

        act.Should().Throw<EndOfStreamException>();
    }

    private (string Images, string Labels) WriteTinyMnist(string extension)
    {
        // Three 2×3 images, stored row-major one after another; image 0 runs from 0 to 255.
        byte[][] pixels =
        [
            [0, 10, 20, 30, 40, 255],
            [1, 2, 3, 4, 5, 6],
            [12, 13, 14, 15, 16, 17],
        ];
        var images = Path.Combine(directory, "images" + extension);
        var labels = Path.Combine(directory, "labels" + extension);
        WriteIdx(images, IdxReader.ImagesMagic, [3, 2, 3], pixels.SelectMany(p => p).ToArray());
        WriteIdx(labels, IdxReader.LabelsMagic, [3], [7, 0, 9]);
        return (images, labels);
    }

    private static void WriteIdx(string path, int magic, int[] dimensions, byte[] data)
    {
        using var file = File.Create(path);
        using var stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionLevel.Fastest) : (Stream)file;
        var header = new byte[4 * (1 + dimensions.Length)];
        BinaryPrimitives.WriteInt32BigEndian(header, magic);
        for (var d = 0; d < dimensions.Length; d++)
        {
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4 * (d + 1)), dimensions[d]);
        }

        stream.Write(header);
        stream.Write(data);
    }
}
