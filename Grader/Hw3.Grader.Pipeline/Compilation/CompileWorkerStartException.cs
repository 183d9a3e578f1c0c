namespace Hw3.Grader.Compilation;

/// <summary>A compile worker could not be started or did not get ready: a problem of the grading machine, not of the submission.</summary>
public sealed class CompileWorkerStartException(string message, Exception? inner = null) : Exception(message, inner);
