namespace Hw3.Grader.Execution.Wording;

/// <summary>
/// How a runner died, in two phrasings: <see cref="Outcome"/> completes "the call …" for the student
/// ("crashed with a stack overflow (unbounded recursion?)"); <see cref="Incident"/> completes "the runner …".
/// </summary>
internal sealed record RunnerCrash(string Outcome, string Incident);
