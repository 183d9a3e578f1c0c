namespace Hw3.Grader.Compilation;

/// <summary>Why a compilation produced no assembly.</summary>
public enum CompileFailureKind
{
    /// <summary>The C# has errors (see the diagnostics).</summary>
    Errors,

    /// <summary>Too much source or too many files: refused before compiling.</summary>
    TooLarge,

    /// <summary>The compiler did not finish in time; its worker was killed.</summary>
    TimedOut,

    /// <summary>The compiler's process died (or spoke nonsense) on this source.</summary>
    CompilerCrashed,
}
