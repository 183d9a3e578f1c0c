using System.Text.Json.Serialization;

namespace Hw3.Grader.Protocol.Messages;

/// <summary>
/// Grader → compile worker. Either a submission (<see cref="Files"/>: .cs files compile as one library,
/// .csx files as C# script), or an eval expression (<see cref="Expression"/>) compiled as a C# script
/// against an already compiled submission (<see cref="SubmissionAssembly"/>).
/// </summary>
public sealed record CompileRequest(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("files")] IReadOnlyList<SourceFile> Files,
    [property: JsonPropertyName("expression")] string? Expression = null,
    [property: JsonPropertyName("submissionAssembly")] byte[]? SubmissionAssembly = null) : Message;
