namespace Hw3.Grader.Packaging;

/// <summary>The zip written, or why not (a sentence naming the step and what to do).</summary>
public sealed record PackageResult(string? ZipPath, string? Error)
{
    public static PackageResult Written(string zipPath) => new(zipPath, null);

    public static PackageResult Failed(string error) => new(null, error);
}
