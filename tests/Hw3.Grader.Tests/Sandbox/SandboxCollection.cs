namespace Hw3.Grader.Tests.Sandbox;

/// <summary>
/// The sandbox tests run one at a time: each starts real sandboxed runners (CPU-heavy on a small machine),
/// and one of them briefly sets <c>HW3_SANDBOX</c> in this process.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SandboxCollection
{
    public const string Name = "runner sandbox";
}
