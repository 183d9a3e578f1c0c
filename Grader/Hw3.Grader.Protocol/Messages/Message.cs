namespace Hw3.Grader.Protocol.Messages;

/// <summary>
/// One frame on a grader ↔ compile-worker or grader ↔ runner channel. The "type" property names the
/// concrete message; see <see cref="Framing.MessageChannel"/> for the framing and <see cref="Framing.MessageWriter"/> for the JSON.
/// </summary>
public abstract record Message;
