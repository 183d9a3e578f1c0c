namespace Hw3.Grader.Execution;

/// <summary>Opens a session for one submission. The runner process starts lazily, on the first call.</summary>
public interface IRunnerFactory
{
    /// <param name="assemblies">The submission's assembly image first; optionally a compiled eval script that references it.</param>
    IRunnerSession Open(IReadOnlyList<byte[]> assemblies);
}
