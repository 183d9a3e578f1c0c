using System.Text.Json.Serialization;

namespace Hw3.Grader.Protocol.Messages;

/// <summary>
/// One frame on a grader ↔ compile-worker or grader ↔ runner channel. The "type" property names the
/// concrete message; see <see cref="Framing.MessageChannel"/> for the wire format.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ReadyMessage), "ready")]
[JsonDerivedType(typeof(LoadRequest), "load")]
[JsonDerivedType(typeof(LoadResponse), "loaded")]
[JsonDerivedType(typeof(InvokeRequest), "invoke")]
[JsonDerivedType(typeof(EvaluateRequest), "evaluate")]
[JsonDerivedType(typeof(CallResponse), "result")]
[JsonDerivedType(typeof(ShutdownRequest), "shutdown")]
[JsonDerivedType(typeof(CompileRequest), "compile")]
[JsonDerivedType(typeof(CompileResponse), "compiled")]
public abstract record Message;
