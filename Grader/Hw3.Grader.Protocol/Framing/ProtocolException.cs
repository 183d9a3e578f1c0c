namespace Hw3.Grader.Protocol.Framing;

/// <summary>The other end sent something that is not a valid frame (too large, not JSON, unknown type).</summary>
public sealed class ProtocolException(string message, Exception? inner = null) : Exception(message, inner);
