namespace Hw3.Grader.Submissions.Files;

/// <summary>A file kind as a student reads it in a note: "a named pipe (FIFO)".</summary>
internal static class FileKindWords
{
    public static string Of(FileKind kind) => kind switch
    {
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.NamedPipe => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "a special file",
    };
}
