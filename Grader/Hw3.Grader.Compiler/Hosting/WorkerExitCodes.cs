namespace Hw3.Grader.Compiler.Hosting;

/// <summary>How the compile worker ends. Anything but <see cref="Normal"/> costs the current submission.</summary>
public static class WorkerExitCodes
{
    /// <summary>Shutdown request or end of input.</summary>
    public const int Normal = 0;

    /// <summary>The grader sent something that is not a valid frame or not a request for this worker.</summary>
    public const int ProtocolError = 2;

    /// <summary>The compiler itself threw (a Roslyn failure); details on stderr.</summary>
    public const int CompilerFailure = 70;
}
