namespace Hw3.Grader.Execution;

/// <summary>The runner could not be started or did not get ready: a problem of the grading machine, not of the submission.</summary>
public sealed class RunnerStartException(string message, Exception? inner = null) : Exception(message, inner);
