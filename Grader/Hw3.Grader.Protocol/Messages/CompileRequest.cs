namespace Hw3.Grader.Protocol.Messages;

/// <summary>
/// Grader → compile worker. Either a submission (<see cref="Files"/>: .cs files compile as one library,
/// .csx files as C# script), or an eval expression (<see cref="Expression"/>) compiled as a C# script
/// against an already compiled submission (<see cref="SubmissionAssembly"/>).
/// </summary>
public sealed record CompileRequest(
    int Id,
    IReadOnlyList<SourceFile> Files,
    string? Expression = null,
    byte[]? SubmissionAssembly = null) : Message;
