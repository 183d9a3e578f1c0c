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

    /// <summary>
    /// Self-contained, with the .NET runtime's libraries and the program's compiled into one ReadyToRun image: nothing is
    /// left to JIT-compile at start, generic instantiations over the framework's types included, at the price of carrying
    /// its own copy of the runtime (about 50 MB more in the zip) and a longer publish.
    /// </summary>
    SelfContainedComposite,
}
