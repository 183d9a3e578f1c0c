using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compilation;

/// <summary>
/// How one compilation ended: <see cref="CompileSucceeded"/> or <see cref="CompileFailed"/>. The grader's one
/// compile result; the compile worker's <see cref="CompileResponse"/> is only what travels on the wire.
/// </summary>
public abstract record CompileOutcome(IReadOnlyList<CompileDiagnostic> Diagnostics)
{
    /// <summary>The compile worker said it compiled without the language layer (<see cref="CompileWorkerOptions.LanguageLayerOffForTests"/>).</summary>
    public bool LanguageLayerOff { get; init; }

    /// <summary>The report's note for such a compilation.</summary>
    public const string LanguageLayerOffNote =
        "Test setting: compiled with the language layer switched off (no source policy, no metadata check); only the runtime layers confined this code.";

    /// <summary>A compile worker's answer as the grader's outcome.</summary>
    /// <param name="subject">What was compiled, as the failure message names it (<see cref="CompileFailureMessages.Subject"/>).</param>
    /// <param name="elapsed">The request's round trip.</param>
    public static CompileOutcome Of(CompileResponse response, string subject, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(response);
        var diagnostics = response.Diagnostics ?? [];
        return response.Assembly is { } assembly
            ? new CompileSucceeded(assembly, diagnostics, elapsed) { LanguageLayerOff = response.LanguageLayerOff }
            : new CompileFailed(CompileFailureKind.Errors, CompileFailureMessages.Errors(subject, diagnostics), diagnostics) { LanguageLayerOff = response.LanguageLayerOff };
    }
}
