namespace Hw3.Grader.Protocol.Messages;

/// <summary>
/// Grader → compile worker. Either a submission (<see cref="Files"/>: .cs files compile as one library,
/// .csx files as C# script), or an eval expression (<see cref="Expression"/>) compiled as a C# script
/// against an already compiled submission (<see cref="SubmissionAssembly"/>).
/// </summary>
/// <param name="LanguageLayerOff">
/// For tests only: compile without the language layer (no source policy, no metadata check), so that the hostile
/// corpus can show the runtime layers stopping what the language layer would have refused. Set only by a test
/// harness through <c>CompileWorkerOptions.LanguageLayerOffForTests</c>; the worker echoes it in its response and
/// the report says so.
/// </param>
public sealed record CompileRequest(
    int Id,
    IReadOnlyList<SourceFile> Files,
    string? Expression = null,
    byte[]? SubmissionAssembly = null,
    bool LanguageLayerOff = false) : Message;
