using Hw3.Grader.Protocol.Messages;

namespace Hw3.Kit.Checking;

/// <summary>
/// Everything one check of a submission found, for the printer: either compile errors (and nothing else was checked)
/// or a verdict per visible item, with the student's own output and what went wrong around the calls.
/// </summary>
public sealed record KitRun(
    string SubmissionName,
    IReadOnlyList<string> Notes,
    string? CompileFailure,
    IReadOnlyList<CompileDiagnostic> Diagnostics,
    IReadOnlyList<KitItemResult> Items,
    string StudentOutput,
    long DroppedOutputBytes,
    IReadOnlyList<string> GradedAfterSubmission);
