namespace Hw3.Grader.Tests.Sandbox;

/// <summary>One operating-system layer of the runner sandbox, to be tested on its own.</summary>
public enum SandboxLayer
{
    Bubblewrap,
    Setpriv,
    Prlimit,
}
