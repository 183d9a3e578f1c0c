namespace Hw3.Grader.Compiler.Metadata;

/// <summary>
/// One thing the emitted assembly may not hold: on which type (metadata name, nested types joined by '+')
/// and member (null for the type or the assembly itself), and why, in the words a student reads after the
/// place it names.
/// </summary>
public sealed record MetadataFinding(string? TypeName, string? MemberName, string Reason);
