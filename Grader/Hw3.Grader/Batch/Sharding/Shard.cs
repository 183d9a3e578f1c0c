using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hw3.Grader.Batch.Sharding;

/// <summary>
/// Shard K of N (1 ≤ K ≤ N) of a class: the students whose id hashes to it. Each student's shard depends on their id
/// and N alone (SHA-256 of the id, modulo N), so it is the same on every machine and stays put when other students
/// are added or removed; the shards of one N partition the class.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    public const string Example = "--shard 2/3";

    public bool Holds(string studentId) => (int)(Hash(studentId) % (ulong)Count) == Index - 1;

    public bool Holds(BatchEntry entry) => Holds(entry.StudentId);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    /// <summary>Reads "K/N"; null with <paramref name="error"/> saying what is expected.</summary>
    public static Shard? Parse(string text, out string? error)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count is >= 1 and <= 100_000 && index >= 1 && index <= count)
        {
            error = null;
            return new Shard(index, count);
        }

        error = $"--shard expects K/N with 1 ≤ K ≤ N, e.g. {Example} (the second of three shards); found \"{text}\"";
        return null;
    }

    private static ulong Hash(string studentId) =>
        BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(studentId)));
}
