namespace Hw3.Grader.Runner.Invocation;

/// <summary>The grader sent an argument that does not fit the parameter it was meant for (a grader bug, not a student's).</summary>
internal sealed class ArgumentBindingException(string message) : Exception(message);
