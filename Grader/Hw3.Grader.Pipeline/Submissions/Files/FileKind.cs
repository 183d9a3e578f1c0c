namespace Hw3.Grader.Submissions.Files;

/// <summary>What a directory entry is, as the file system says without following links.</summary>
internal enum FileKind
{
    Regular,
    Directory,
    SymbolicLink,
    NamedPipe,
    CharacterDevice,
    BlockDevice,
    Socket,
    Unknown,
}
