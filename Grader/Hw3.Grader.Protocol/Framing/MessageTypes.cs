using Hw3.Grader.Protocol.Messages;

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

    public static string NameOf(Message message) => message switch
    {
        ReadyMessage => Ready,
        LoadRequest => Load,
        LoadResponse => Loaded,
        InvokeRequest => Invoke,
        EvaluateRequest => Evaluate,
        CallResponse => Result,
        ShutdownRequest => Shutdown,
        CompileRequest => Compile,
        CompileResponse => Compiled,
        _ => throw new ArgumentException("not a protocol message: " + message.GetType().Name, nameof(message)),
    };
}
