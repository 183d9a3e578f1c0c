using System.Buffers;
using System.Text;
using Hw3.Grader.Protocol.Framing;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Protocol.Values;
using Hw3.TestFunctions;

namespace Hw3.Grader.Tests.Protocol;

/// <summary>The hand-written JSON of the protocol: every message survives the trip, and a hostile frame is a ProtocolException, never a crash.</summary>
public sealed class MessageCodecTests
{
    public static TheoryData<string, Message> Messages() => new()
    {
        { "ready", new ReadyMessage(4242, ReadyMessage.CurrentProtocolVersion) },
        { "load", new LoadRequest([[1, 2, 3], [], [255, 0, 128]]) },
        { "loaded, ok", new LoadResponse(true, null) },
        { "loaded, refused", new LoadResponse(false, "BadImageFormatException: «not an assembly»") },
        { "invoke", new InvokeRequest(7, "Q4", "EstimateGradientScoreFunction", ["Func<double[], double>", "double[]", "double", "int", "Random"], [
            WireValue.OfFunction(new TestFunctionSpec("sine-product", [0.5, -1.25, 3])),
            WireValue.OfGradient(new TestFunctionSpec("linear", [])),
            WireValue.Of([1.5, double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, double.Epsilon, double.MaxValue]),
            WireValue.Of(2.5),
            WireValue.Of(2000),
            WireValue.OfRandom(-17),
            WireValue.Of(long.MaxValue),
            WireValue.Of(true),
            WireValue.Of("π \"quoted\" \\ \n tab\t \u0001 𝔼"),
            WireValue.Null,
        ]) },
        { "invoke without parameter types or arguments", new InvokeRequest(8, "Q1", "InitScale", null, []) },
        { "evaluate", new EvaluateRequest(3) },
        { "result, returned", new CallResponse(9, CallOutcome.Returned(WireValue.Of(double.NaN), 0.125)) },
        { "result, threw", new CallResponse(10, CallOutcome.Failed(CallStatus.Threw, "boom", "System.InvalidOperationException", 3)) },
        { "result, every status", new CallResponse(11, CallOutcome.Failed(CallStatus.SignatureMismatch, "takes (int, int)")) },
        { "shutdown", new ShutdownRequest() },
        { "compile", new CompileRequest(1, [new SourceFile("Hw3.cs", "public static class Q1 { }"), new SourceFile("Extra.cs", "// ü")], "Q1.InitScale(4, 8)", [9, 8, 7]) },
        { "compile, no expression", new CompileRequest(2, [new SourceFile("a.csx", "1 + 1")]) },
        { "compiled", new CompileResponse(1, [1, 2], [new CompileDiagnostic("Hw3.cs", 3, 14, "CS0168", CompileSeverity.Warning, "The variable 'x' is declared but never used")], 12.5) },
        { "compiled, failed", new CompileResponse(2, null, [], 0) },
        { "compile, language layer off (tests only)", new CompileRequest(3, [new SourceFile("Hw3.cs", "")], LanguageLayerOff: true) },
        { "compiled, language layer off (tests only)", new CompileResponse(3, [1], [], 1, LanguageLayerOff: true) },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Every_message_reads_back_as_what_was_written(string because, Message message)
    {
        var read = MessageReader.Read(Write(message));

        read.GetType().Should().Be(message.GetType());
        if (message is not ShutdownRequest)
        {
            // (A shutdown request has no members to compare; its type is all it says.)
            read.Should().BeEquivalentTo(message, options => options.RespectingRuntimeTypes().ComparingByMembers<Message>(), because);
        }
    }

    [Fact]
    public void Non_finite_numbers_travel_as_named_literals_and_come_back_exactly()
    {
        var written = Encoding.UTF8.GetString(Write(new CallResponse(1, CallOutcome.Returned(WireValue.Of([double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.1]), 0))));

        written.Should().Contain("[\"NaN\",\"Infinity\",\"-Infinity\",0.1]");
        var numbers = ((CallResponse)MessageReader.Read(Encoding.UTF8.GetBytes(written))).Outcome.Value!.Numbers!;
        numbers[0].Should().Be(double.NaN);
        numbers[1].Should().Be(double.PositiveInfinity);
        numbers[2].Should().Be(double.NegativeInfinity);
        BitConverter.DoubleToInt64Bits(numbers[3]).Should().Be(BitConverter.DoubleToInt64Bits(0.1));
    }

    [Fact]
    public void The_type_comes_first_and_nulls_are_left_out()
    {
        var written = Encoding.UTF8.GetString(Write(new LoadResponse(true, null)));

        written.Should().Be("{\"type\":\"loaded\",\"ok\":true}");
    }

    [Fact]
    public void Unknown_properties_and_json_nulls_are_ignored_and_the_type_may_come_anywhere()
    {
        var read = Read("{\"id\":5,\"extra\":{\"deep\":[1,2,3]},\"outcome\":{\"status\":\"Returned\",\"value\":{\"kind\":\"Int\",\"integer\":3,\"text\":null},\"message\":null},\"type\":\"result\"}");

        read.Should().BeEquivalentTo(new CallResponse(5, CallOutcome.Returned(WireValue.Of(3), 0)));
    }

    [Theory]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("[1,2,3]", "not a message object")]
    [InlineData("{\"type\":\"launch-missiles\"}", "unknown message type \"launch-missiles\"")]
    [InlineData("{\"id\":1}", "missing property \"type\"")]
    [InlineData("{\"type\":7}", "expected \"type\" to be a JSON string, found a JSON number")]
    [InlineData("{\"type\":\"result\",\"id\":1}", "missing property \"outcome\"")]
    [InlineData("{\"type\":\"result\",\"id\":\"one\",\"outcome\":{\"status\":\"Returned\"}}", "not a valid message")]
    [InlineData("{\"type\":\"result\",\"id\":99999999999,\"outcome\":{\"status\":\"Returned\"}}", "not a valid message")]
    [InlineData("{\"type\":\"result\",\"id\":1,\"outcome\":{\"status\":\"Graded\"}}", "unknown call status \"Graded\"")]
    [InlineData("{\"type\":\"result\",\"id\":1,\"outcome\":{\"status\":\"0\"}}", "unknown call status \"0\"")]
    [InlineData("{\"type\":\"result\",\"id\":1,\"outcome\":{\"status\":\"Returned\",\"value\":{\"kind\":\"Pointer\"}}}", "unknown value kind \"Pointer\"")]
    [InlineData("{\"type\":\"result\",\"id\":1,\"outcome\":{\"status\":\"Returned\",\"value\":{\"kind\":\"DoubleArray\",\"numbers\":[1,\"lots\"]}}}", "\"lots\" is not a number")]
    [InlineData("{\"type\":\"result\",\"id\":1,\"outcome\":{\"status\":\"Returned\",\"value\":{\"kind\":\"DoubleArray\",\"numbers\":{}}}}", "expected numbers to be a JSON array")]
    [InlineData("{\"type\":\"result\",\"id\":1,\"outcome\":{\"status\":\"Returned\",\"value\":[]}}", "expected a value to be a JSON object")]
    [InlineData("{\"type\":\"load\",\"assemblies\":[\"***\"]}", "not a valid message")]
    [InlineData("{\"type\":\"ready\",\"processId\":1,\"protocolVersion\":true}", "not a valid message")]
    [InlineData("{\"type\":\"result\"", "not valid JSON")]
    [InlineData("{\"type\":\"compiled\",\"id\":1,\"elapsedMs\":1,\"diagnostics\":[{\"file\":\"Hw3.cs\",\"line\":1,\"column\":1,\"code\":\"CS1002\",\"severity\":\"fatal\",\"message\":\"m\"}]}", "\"severity\" is \"fatal\", expected \"error\" or \"warning\"")]
    public void A_malformed_frame_is_a_protocol_exception_that_says_what_was_wrong(string frame, string expected)
    {
        var read = () => Read(frame);

        read.Should().Throw<ProtocolException>().Which.Message.Should().Contain(expected);
    }

    [Fact]
    public void A_frame_nested_deeper_than_the_limit_is_refused()
    {
        var deep = "{\"type\":\"shutdown\",\"x\":" + new string('[', MessageReader.MaxDepth + 5) + new string(']', MessageReader.MaxDepth + 5) + "}";

        var read = () => Read(deep);

        read.Should().Throw<ProtocolException>().Which.Message.Should().Contain("not valid JSON");
    }

    [Fact]
    public void Invalid_utf8_is_a_protocol_exception()
    {
        var read = () => MessageReader.Read(new byte[] { (byte)'{', 0xff, 0xfe, (byte)'}' });

        read.Should().Throw<ProtocolException>();
    }

    private static Message Read(string json) => MessageReader.Read(Encoding.UTF8.GetBytes(json));

    private static byte[] Write(Message message)
    {
        var buffer = new ArrayBufferWriter<byte>();
        MessageWriter.Write(message, buffer);
        return buffer.WrittenSpan.ToArray();
    }
}
