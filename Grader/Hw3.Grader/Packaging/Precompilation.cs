namespace Hw3.Grader.Packaging;

/// <summary>
/// How a program goes into the autograder zip built from a Release build: every container starts it cold, once per
/// submission, so what it would JIT-compile at each start is compiled once, when packaging (bench/README.md, "Cold
/// single-submission time"). A zip built from Debug (the tests') always takes the programs as built.
/// </summary>
public enum Precompilation
{
    /// <summary>Published as built (<c>--no-build</c>).</summary>
    None,

    /// <summary>
    /// ReadyToRun for the container's runtime, framework-dependent: the program's own assemblies and its libraries
    /// precompiled. What is generic over the framework's types (LINQ, collections, async state machines over its types)
    /// is still JIT-compiled, since the installed framework may be serviced apart from it.
    /// </summary>
    ReadyToRun,
}
