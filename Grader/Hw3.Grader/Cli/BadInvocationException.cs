namespace Hw3.Grader.Cli;

/// <summary>The command line asks for something the grader does not offer; the exception handler prints it and exits 2.</summary>
public sealed class BadInvocationException(string message) : Exception(message);
