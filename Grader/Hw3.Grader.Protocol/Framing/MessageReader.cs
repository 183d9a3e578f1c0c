using System.Globalization;
using System.Text.Json;
using Hw3.Grader.Protocol.Limits;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Protocol.Values;
using Hw3.TestFunctions;

namespace Hw3.Grader.Protocol.Framing;

/// <summary>
/// Reads what <see cref="MessageWriter"/> wrote. The other end may be hostile (a runner runs student code),
/// so anything that is not a well-formed message of a known type (not JSON, nested deeper than
/// <see cref="MaxDepth"/>, a missing or mistyped property, an unknown type, status or kind) is a
/// <see cref="ProtocolException"/> naming what was wrong; unknown properties are ignored. What a runner answers is
/// read within <see cref="AnswerLimits"/>: an array longer than the grader reads is a <see cref="CallStatus.TooLarge"/>
/// outcome (its numbers are never read), strings and exception messages are cut with the cut marked.
/// </summary>
public static class MessageReader
{
    public const int MaxDepth = 32;

    public static Message Read(ReadOnlyMemory<byte> frame)
    {
        try
        {
            using var document = JsonDocument.Parse(frame, new JsonDocumentOptions { MaxDepth = MaxDepth });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ProtocolException($"frame holds a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not a message object");
            }

            return ReadMessage(root);
        }
        catch (JsonException e)
        {
            throw new ProtocolException("frame is not valid JSON: " + e.Message, e);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException or OverflowException)
        {
            throw new ProtocolException("frame is not a valid message: " + e.Message, e);
        }
    }

    private static Message ReadMessage(JsonElement root) => Text(root, "type") switch
    {
        MessageTypes.Ready => new ReadyMessage(
            Int(root, "processId"),
            Int(root, "protocolVersion"),
            Optional(root, "confinement") is { } confinement ? ReadConfinement(confinement) : null),
        MessageTypes.Load => new LoadRequest(RequiredItems(root, "assemblies", e => e.GetBytesFromBase64())),
        MessageTypes.Loaded => new LoadResponse(Bool(root, "ok"), OptionalText(root, "message")),
        MessageTypes.Invoke => new InvokeRequest(
            Int(root, "id"),
            Text(root, "typeName"),
            Text(root, "memberName"),
            Optional(root, "parameterTypes") is { } types ? Strings(types, "parameterTypes") : null,
            Optional(root, "arguments") is { } arguments ? Items(arguments, "arguments", e => ReadValue(e, answer: false)) : []),
        MessageTypes.Evaluate => new EvaluateRequest(Int(root, "id")),
        MessageTypes.Result => new CallResponse(Int(root, "id"), ReadOutcome(Object(root, "outcome"))),
        MessageTypes.Shutdown => new ShutdownRequest(),
        MessageTypes.Compile => new CompileRequest(
            Int(root, "id"),
            RequiredItems(root, "files", f => new SourceFile(Text(f, "name"), Text(f, "text"))),
            OptionalText(root, "expression"),
            Optional(root, "submissionAssembly")?.GetBytesFromBase64(),
            Optional(root, "languageLayerOff") is { } off && off.GetBoolean()),
        MessageTypes.Compiled => new CompileResponse(
            Int(root, "id"),
            Optional(root, "assembly")?.GetBytesFromBase64(),
            Optional(root, "diagnostics") is { } diagnostics ? Items(diagnostics, "diagnostics", ReadDiagnostic) : [],
            Double(Required(root, "elapsedMs")),
            Optional(root, "languageLayerOff") is { } off && off.GetBoolean()),
        var type => throw new ProtocolException($"unknown message type \"{type}\""),
    };

    private static ConfinementReport ReadConfinement(JsonElement confinement) => new(
        Optional(confinement, "strayDescriptorsClosed") is { } closed ? closed.GetInt32() : null,
        Int(confinement, "landlockAbi"),
        Bool(confinement, "seccomp"),
        Strings(Required(confinement, "missing"), "missing"));

    private static CallOutcome ReadOutcome(JsonElement outcome)
    {
        var status = ReadStatus(Text(outcome, "status"));
        var elapsedMs = Optional(outcome, "elapsedMs") is { } elapsed ? Double(elapsed) : 0;
        var value = Optional(outcome, "value");
        if (value is { ValueKind: JsonValueKind.Object } v && Optional(v, "numbers") is { ValueKind: JsonValueKind.Array } numbers
            && numbers.GetArrayLength() > AnswerLimits.MaxArrayLength)
        {
            return CallOutcome.Failed(CallStatus.TooLarge, AnswerLimits.ArrayTooLong(numbers.GetArrayLength()), elapsedMs: elapsedMs);
        }

        return new CallOutcome
        {
            Status = status,
            Value = value is { } returned ? ReadValue(returned, answer: true) : null,
            ExceptionType = CutText(OptionalText(outcome, "exceptionType"), AnswerLimits.MaxTypeNameChars),
            Message = CutText(OptionalText(outcome, "message"), AnswerLimits.MaxMessageChars),
            ElapsedMs = elapsedMs,
        };
    }

    private static CallStatus ReadStatus(string status) => status switch
    {
        nameof(CallStatus.Returned) => CallStatus.Returned,
        nameof(CallStatus.Threw) => CallStatus.Threw,
        nameof(CallStatus.TypeMissing) => CallStatus.TypeMissing,
        nameof(CallStatus.MemberMissing) => CallStatus.MemberMissing,
        nameof(CallStatus.SignatureMismatch) => CallStatus.SignatureMismatch,
        nameof(CallStatus.UnsupportedReturn) => CallStatus.UnsupportedReturn,
        nameof(CallStatus.TooLarge) => CallStatus.TooLarge,
        nameof(CallStatus.TimedOut) => CallStatus.TimedOut,
        nameof(CallStatus.Crashed) => CallStatus.Crashed,
        nameof(CallStatus.NotRun) => CallStatus.NotRun,
        _ => throw new ProtocolException($"unknown call status \"{AnswerLimits.Cut(status, 100)}\""),
    };

    private static string? CutText(string? text, int maxChars) => text is null ? null : AnswerLimits.Cut(text, maxChars);

    /// <param name="answer">A value a runner returned: its text is cut to <see cref="AnswerLimits.MaxTextChars"/>.</param>
    private static WireValue ReadValue(JsonElement value, bool answer)
    {
        Expect(value, JsonValueKind.Object, "a value");
        return new WireValue
        {
            Kind = Text(value, "kind") switch
            {
                nameof(WireKind.Null) => WireKind.Null,
                nameof(WireKind.Double) => WireKind.Double,
                nameof(WireKind.Int) => WireKind.Int,
                nameof(WireKind.Bool) => WireKind.Bool,
                nameof(WireKind.String) => WireKind.String,
                nameof(WireKind.DoubleArray) => WireKind.DoubleArray,
                nameof(WireKind.Function) => WireKind.Function,
                nameof(WireKind.Gradient) => WireKind.Gradient,
                nameof(WireKind.Random) => WireKind.Random,
                var kind => throw new ProtocolException($"unknown value kind \"{kind}\""),
            },
            Number = Optional(value, "number") is { } number ? Double(number) : null,
            Integer = Optional(value, "integer")?.GetInt64(),
            Flag = Optional(value, "flag")?.GetBoolean(),
            Text = answer ? CutText(OptionalText(value, "text"), AnswerLimits.MaxTextChars) : OptionalText(value, "text"),
            Numbers = Optional(value, "numbers") is { } numbers ? Doubles(numbers, "numbers") : null,
            Function = Optional(value, "function") is { } function
                ? new TestFunctionSpec(Text(function, "name"), Doubles(Required(function, "parameters"), "parameters"))
                : null,
            Seed = Optional(value, "seed")?.GetInt32(),
        };
    }

    /// <summary>The message is cut again on arrival: the compile worker cuts it, the grader does not rely on that.</summary>
    private static CompileDiagnostic ReadDiagnostic(JsonElement d) =>
        new(Text(d, "file"), Int(d, "line"), Int(d, "column"), Text(d, "code"), Severity(d), AnswerLimits.Cut(Text(d, "message"), AnswerLimits.MaxMessageChars));

    private static CompileSeverity Severity(JsonElement d) =>
        CompileSeverityText.Parse(Text(d, "severity")) is { } severity
            ? severity
            : throw new ProtocolException($"\"severity\" is \"{Text(d, "severity")}\", expected \"error\" or \"warning\"");

    /// <summary>A number, or one of the strings "NaN", "Infinity", "-Infinity".</summary>
    private static double Double(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.String => element.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            var other => throw new ProtocolException($"\"{other}\" is not a number"),
        },
        _ => throw new ProtocolException($"expected a number, found a JSON {element.ValueKind.ToString().ToLowerInvariant()}"),
    };

    private static double[] Doubles(JsonElement array, string name) => ArrayOf(array, name, Double);

    private static string[] Strings(JsonElement array, string name) => Items(array, name, e => e.GetString() ?? throw new ProtocolException($"\"{name}\" holds a null"));

    private static T[] Items<T>(JsonElement array, string name, Func<JsonElement, T> read) => ArrayOf(array, $"\"{name}\"", read);

    /// <summary>Every element of a JSON array, read with <paramref name="read"/>; <paramref name="what"/> names the array in the error.</summary>
    private static T[] ArrayOf<T>(JsonElement array, string what, Func<JsonElement, T> read)
    {
        Expect(array, JsonValueKind.Array, what);
        var items = new T[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            items[i++] = read(item);
        }

        return items;
    }

    private static T[] RequiredItems<T>(JsonElement parent, string name, Func<JsonElement, T> read) => Items(Required(parent, name), name, read);

    private static JsonElement Object(JsonElement parent, string name)
    {
        var element = Required(parent, name);
        Expect(element, JsonValueKind.Object, $"\"{name}\"");
        return element;
    }

    private static string Text(JsonElement parent, string name)
    {
        var element = Required(parent, name);
        Expect(element, JsonValueKind.String, $"\"{name}\"");
        return element.GetString()!;
    }

    private static string? OptionalText(JsonElement parent, string name)
    {
        if (Optional(parent, name) is not { } element)
        {
            return null;
        }

        Expect(element, JsonValueKind.String, $"\"{name}\"");
        return element.GetString();
    }

    private static int Int(JsonElement parent, string name) => Required(parent, name).GetInt32();

    private static bool Bool(JsonElement parent, string name) => Required(parent, name).GetBoolean();

    private static JsonElement Required(JsonElement parent, string name)
    {
        Expect(parent, JsonValueKind.Object, "an object");
        return Optional(parent, name) ?? throw new ProtocolException($"missing property \"{name}\"");
    }

    /// <summary>The property, or null when it is absent or JSON null.</summary>
    private static JsonElement? Optional(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var element) && element.ValueKind != JsonValueKind.Null ? element : null;

    private static void Expect(JsonElement element, JsonValueKind kind, string what)
    {
        if (element.ValueKind != kind)
        {
            throw new ProtocolException(string.Create(CultureInfo.InvariantCulture,
                $"expected {what} to be a JSON {kind.ToString().ToLowerInvariant()}, found a JSON {element.ValueKind.ToString().ToLowerInvariant()}"));
        }
    }
}
