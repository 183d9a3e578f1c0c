using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compilation;

/// <summary>How one compilation ended: <see cref="CompileSucceeded"/> or <see cref="CompileFailed"/>.</summary>
public abstract record CompileOutcome(IReadOnlyList<CompileDiagnostic> Diagnostics)
{
    /// <summary>The compile worker said it compiled without the language layer (<see cref="CompileWorkerOptions.LanguageLayerOffForTests"/>).</summary>
    public bool LanguageLayerOff { get; init; }

    /// <summary>The report's note for such a compilation.</summary>
    public const string LanguageLayerOffNote =
        "Test setting: compiled with the language layer switched off (no source policy, no metadata check); only the runtime layers confined this code.";
}
