namespace Hw3.Grader.Protocol.Framing;

/// <summary>The <c>"type"</c> of each message on the wire.</summary>
internal static class MessageTypes
{
    public const string Ready = "ready";
    public const string Load = "load";
    public const string Loaded = "loaded";
    public const string Invoke = "invoke";
    public const string Evaluate = "evaluate";
    public const string Result = "result";
    public const string Shutdown = "shutdown";
    public const string Compile = "compile";
    public const string Compiled = "compiled";
}
