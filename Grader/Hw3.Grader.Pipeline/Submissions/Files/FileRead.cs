namespace Hw3.Grader.Submissions.Files;

/// <summary>The bytes of one source file, or why it was not read (a phrase that follows the file's name: "is a named pipe …").</summary>
internal sealed record FileRead(byte[]? Bytes, string? Problem)
{
    public static FileRead Of(byte[] bytes) => new(bytes, null);

    public static FileRead Refused(string problem) => new(null, problem);
}
