using Microsoft.CodeAnalysis;

namespace Hw3.Grader.Compiler.Policy;

/// <summary>One use of a refused API or construct: where, what, and why.</summary>
public sealed record PolicyViolation(Location Location, string What, string Reason);
