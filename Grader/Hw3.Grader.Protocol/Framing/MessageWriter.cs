using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Protocol.Values;
using Hw3.TestFunctions;

namespace Hw3.Grader.Protocol.Framing;

/// <summary>
/// Writes a <see cref="Message"/> as one JSON object: <c>"type"</c> first, then its properties, nulls left
/// out, NaN and ±∞ as the strings "NaN", "Infinity" and "-Infinity" (they are legitimate, wrong, student
/// answers), enums by name, byte arrays in base64. Written by hand on <see cref="Utf8JsonWriter"/> rather than
/// with <see cref="JsonSerializer"/>: the serializer's generic contract cost every fresh runner about 700
/// JIT-compiled methods (some 100 ms of CPU) before its first answer. <see cref="MessageReader"/> reads it back.
/// </summary>
public static class MessageWriter
{
    /// <summary>Appends the message's UTF-8 JSON to <paramref name="output"/> (after whatever it already holds, e.g. a frame header).</summary>
    public static void Write(Message message, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        WriteBody(json, message);
        json.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter json, Message message)
    {
        switch (message)
        {
            case ReadyMessage ready:
                json.WriteString("type", MessageTypes.Ready);
                json.WriteNumber("processId", ready.ProcessId);
                json.WriteNumber("protocolVersion", ready.ProtocolVersion);
                if (ready.Confinement is { } confinement)
                {
                    WriteConfinement(json, confinement);
                }

                break;
            case LoadRequest load:
                json.WriteString("type", MessageTypes.Load);
                json.WriteStartArray("assemblies");
                foreach (var image in load.Assemblies)
                {
                    json.WriteBase64StringValue(image);
                }

                json.WriteEndArray();
                break;
            case LoadResponse loaded:
                json.WriteString("type", MessageTypes.Loaded);
                json.WriteBoolean("ok", loaded.Ok);
                WriteOptional(json, "message", loaded.Message);
                break;
            case InvokeRequest invoke:
                json.WriteString("type", MessageTypes.Invoke);
                json.WriteNumber("id", invoke.Id);
                json.WriteString("typeName", invoke.TypeName);
                json.WriteString("memberName", invoke.MemberName);
                if (invoke.ParameterTypes is { } parameterTypes)
                {
                    json.WriteStartArray("parameterTypes");
                    foreach (var name in parameterTypes)
                    {
                        json.WriteStringValue(name);
                    }

                    json.WriteEndArray();
                }

                json.WriteStartArray("arguments");
                foreach (var argument in invoke.Arguments ?? [])
                {
                    WriteValue(json, argument);
                }

                json.WriteEndArray();
                break;
            case EvaluateRequest evaluate:
                json.WriteString("type", MessageTypes.Evaluate);
                json.WriteNumber("id", evaluate.Id);
                break;
            case CallResponse response:
                json.WriteString("type", MessageTypes.Result);
                json.WriteNumber("id", response.Id);
                json.WritePropertyName("outcome");
                WriteOutcome(json, response.Outcome);
                break;
            case ShutdownRequest:
                json.WriteString("type", MessageTypes.Shutdown);
                break;
            case CompileRequest compile:
                json.WriteString("type", MessageTypes.Compile);
                json.WriteNumber("id", compile.Id);
                json.WriteStartArray("files");
                foreach (var file in compile.Files)
                {
                    json.WriteStartObject();
                    json.WriteString("name", file.Name);
                    json.WriteString("text", file.Text);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                WriteOptional(json, "expression", compile.Expression);
                if (compile.SubmissionAssembly is { } submission)
                {
                    json.WriteBase64String("submissionAssembly", submission);
                }

                if (compile.LanguageLayerOff)
                {
                    json.WriteBoolean("languageLayerOff", true);
                }

                break;
            case CompileResponse compiled:
                json.WriteString("type", MessageTypes.Compiled);
                json.WriteNumber("id", compiled.Id);
                if (compiled.Assembly is { } assembly)
                {
                    json.WriteBase64String("assembly", assembly);
                }

                json.WriteStartArray("diagnostics");
                foreach (var diagnostic in compiled.Diagnostics ?? [])
                {
                    json.WriteStartObject();
                    json.WriteString("file", diagnostic.File);
                    json.WriteNumber("line", diagnostic.Line);
                    json.WriteNumber("column", diagnostic.Column);
                    json.WriteString("code", diagnostic.Code);
                    json.WriteString("severity", CompileSeverityText.Of(diagnostic.Severity));
                    json.WriteString("message", diagnostic.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                WriteDouble(json, "elapsedMs", compiled.ElapsedMs);
                if (compiled.LanguageLayerOff)
                {
                    json.WriteBoolean("languageLayerOff", true);
                }

                break;
            default:
                throw new ArgumentException("not a protocol message: " + message.GetType().Name, nameof(message));
        }
    }

    private static void WriteOutcome(Utf8JsonWriter json, CallOutcome outcome)
    {
        json.WriteStartObject();
        json.WriteString("status", outcome.Status.ToString());
        if (outcome.Value is { } value)
        {
            json.WritePropertyName("value");
            WriteValue(json, value);
        }

        WriteOptional(json, "exceptionType", outcome.ExceptionType);
        WriteOptional(json, "message", outcome.Message);
        WriteDouble(json, "elapsedMs", outcome.ElapsedMs);
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, WireValue value)
    {
        json.WriteStartObject();
        json.WriteString("kind", value.Kind.ToString());
        if (value.Number is { } number)
        {
            WriteDouble(json, "number", number);
        }

        if (value.Integer is { } integer)
        {
            json.WriteNumber("integer", integer);
        }

        if (value.Flag is { } flag)
        {
            json.WriteBoolean("flag", flag);
        }

        WriteOptional(json, "text", value.Text);
        if (value.Numbers is { } numbers)
        {
            json.WritePropertyName("numbers");
            WriteDoubles(json, numbers);
        }

        if (value.Function is { } function)
        {
            json.WritePropertyName("function");
            WriteFunction(json, function);
        }

        if (value.Seed is { } seed)
        {
            json.WriteNumber("seed", seed);
        }

        json.WriteEndObject();
    }

    private static void WriteFunction(Utf8JsonWriter json, TestFunctionSpec function)
    {
        json.WriteStartObject();
        json.WriteString("name", function.Name);
        json.WritePropertyName("parameters");
        WriteDoubles(json, function.Parameters);
        json.WriteEndObject();
    }

    private static void WriteDoubles(Utf8JsonWriter json, double[] numbers)
    {
        json.WriteStartArray();
        foreach (var number in numbers)
        {
            WriteDoubleValue(json, number);
        }

        json.WriteEndArray();
    }

    private static void WriteDouble(Utf8JsonWriter json, string name, double number)
    {
        json.WritePropertyName(name);
        WriteDoubleValue(json, number);
    }

    private static void WriteDoubleValue(Utf8JsonWriter json, double number)
    {
        if (double.IsFinite(number))
        {
            json.WriteNumberValue(number);
        }
        else
        {
            json.WriteStringValue(number.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void WriteConfinement(Utf8JsonWriter json, ConfinementReport confinement)
    {
        json.WriteStartObject("confinement");
        if (confinement.StrayDescriptorsClosed is { } closed)
        {
            json.WriteNumber("strayDescriptorsClosed", closed);
        }

        json.WriteNumber("landlockAbi", confinement.LandlockAbi);
        json.WriteBoolean("seccomp", confinement.Seccomp);
        json.WriteStartArray("missing");
        foreach (var sentence in confinement.Missing)
        {
            json.WriteStringValue(sentence);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? text)
    {
        if (text is not null)
        {
            json.WriteString(name, text);
        }
    }
}
