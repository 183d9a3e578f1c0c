namespace Hw3.Grader.Batch.Zips;

/// <summary>
/// How much a zipped submission may hold. A homework submission is a few source files of a few kilobytes (a student
/// who zips bin/ and obj/ too reaches a few megabytes); these bounds are far above that, and a class of hundreds of
/// zips at the bound still fits on the disk they are unpacked to.
/// </summary>
public static class ZipLimits
{
    /// <summary>The zip file itself: its central directory is read whole, so a larger one is not opened.</summary>
    public const long MaxZipBytes = 8L * 1024 * 1024;

    /// <summary>Files and folders in one zip.</summary>
    public const int MaxEntries = 2_000;

    /// <summary>Everything one zip unpacks to, counted as it is written (a declared size is not trusted).</summary>
    public const long MaxUnpackedBytes = 16L * 1024 * 1024;

    /// <summary>An entry that unpacks to more than this many times its compressed size is a zip bomb, not source code.</summary>
    public const int MaxCompressionRatio = 100;

    /// <summary>Below this size a high ratio is harmless (a file of spaces compresses 1000:1 and is still tiny).</summary>
    public const long RatioCheckedFromBytes = 1024 * 1024;
}
