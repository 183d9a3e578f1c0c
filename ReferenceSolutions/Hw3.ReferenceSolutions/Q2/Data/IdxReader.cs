using System.Buffers.Binary;
using System.IO.Compression;

namespace Hw3.ReferenceSolutions.Q2.Data;

/// <summary>
/// Reads the IDX format of the MNIST files: a big-endian magic number 0x000008DD (0x08 = unsigned
/// bytes, DD = number of dimensions), DD big-endian 32-bit sizes, then the data. Files ending in
/// ".gz" are decompressed on the fly.
/// </summary>
public static class IdxReader
{
    /// <summary>Magic number of an MNIST image file (unsigned bytes, three dimensions).</summary>
    public const int ImagesMagic = 0x00000803;

    /// <summary>Magic number of an MNIST label file (unsigned bytes, one dimension).</summary>
    public const int LabelsMagic = 0x00000801;

    private const int UnsignedByteType = 0x08;

    public static IdxArray Read(string path)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress)
            : (Stream)file;
        return Read(stream);
    }

    public static IdxArray Read(Stream stream)
    {
        var magic = ReadBigEndianInt32(stream);
        if ((magic >> 16) != 0 || ((magic >> 8) & 0xFF) != UnsignedByteType)
        {
            throw new InvalidDataException($"not an unsigned-byte IDX file (magic 0x{magic:X8})");
        }

        var dimensionCount = magic & 0xFF;
        var dimensions = new int[dimensionCount];
        for (var d = 0; d < dimensionCount; d++)
        {
            dimensions[d] = ReadBigEndianInt32(stream);
            if (dimensions[d] < 0)
            {
                throw new InvalidDataException($"negative IDX dimension {dimensions[d]}");
            }
        }

        var length = dimensions.Aggregate(1L, (product, size) => product * size);
        if (length > Array.MaxLength)
        {
            throw new InvalidDataException($"IDX payload of {length} bytes is too large");
        }

        var data = new byte[length];
        stream.ReadExactly(data);
        return new IdxArray(dimensions, data);
    }

    private static int ReadBigEndianInt32(Stream stream)
    {
        Span<byte> buffer = stackalloc byte[4];
        stream.ReadExactly(buffer);
        return BinaryPrimitives.ReadInt32BigEndian(buffer);
    }
}
