namespace Hw3.Grader.Autograder;

/// <summary>The metadata as read, or why it could not be (a sentence for staff naming the file and the field).</summary>
public sealed record MetadataReadResult(SubmissionMetadata? Metadata, string? Problem)
{
    public static MetadataReadResult Read(SubmissionMetadata metadata) => new(metadata, null);

    public static MetadataReadResult Unusable(string problem) => new(null, problem);
}
