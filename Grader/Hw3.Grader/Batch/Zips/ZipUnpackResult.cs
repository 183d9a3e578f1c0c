namespace Hw3.Grader.Batch.Zips;

/// <summary>What unpacking one zip did: refused (why, naming the entry), or unpacked, with the nested zips it left packed.</summary>
public sealed record ZipUnpackResult(string? Refusal, IReadOnlyList<string> NestedZipsLeftPacked)
{
    public static ZipUnpackResult Refused(string why) => new(why, []);
}
