using System.Buffers.Binary;

namespace Hw3.Grader.Tests.Plots;

/// <summary>What a test can tell of a PNG without decoding it: the signature, the IHDR size, and the IEND trailer.</summary>
public static class PngShape
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly byte[] End = [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    /// <summary>Width and height from the IHDR chunk, after checking the signature and that the file ends with IEND.</summary>
    public static (int Width, int Height) Of(byte[] png)
    {
        png.Length.Should().BeGreaterThan(Signature.Length + 25 + End.Length);
        png.AsSpan(0, Signature.Length).ToArray().Should().Equal(Signature, "a PNG starts with its signature");
        System.Text.Encoding.ASCII.GetString(png, 12, 4).Should().Be("IHDR");
        png.AsSpan(png.Length - End.Length).ToArray().Should().Equal(End, "a whole PNG ends with its IEND chunk");
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>A picture worth looking at: the size asked for, and more bytes than an empty canvas compresses to.</summary>
    public static void ShouldBeSensible(byte[] png, int width, int height)
    {
        Of(png).Should().Be((width, height));
        png.Length.Should().BeInRange(20_000, 3_000_000, "a chart with lines, labels and a legend, not an empty canvas");
    }
}
