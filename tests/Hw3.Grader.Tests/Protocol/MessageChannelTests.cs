using Hw3.Grader.Protocol.Framing;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Tests.Protocol;

/// <summary>Frames on the wire: a burst of messages leaves in one write and arrives as the same messages, in order.</summary>
public sealed class MessageChannelTests
{
    [Fact]
    public async Task Messages_sent_together_arrive_one_frame_each_in_the_order_they_were_given()
    {
        var wire = new WriteCountingStream();
        using var sender = new MessageChannel(Stream.Null, wire);
        Message[] burst =
        [
            new InvokeRequest(1, "Q1", "InitScale", ["int", "int"], [WireValue.Of(4), WireValue.Of(8)]),
            new InvokeRequest(2, "Q4", "EstimateGradientScoreFunction", null, [WireValue.Of([1.5, -2.0])]),
            new EvaluateRequest(3),
            new ShutdownRequest(),
        ];

        await sender.SendAsync(burst, CancellationToken.None);

        wire.Writes.Should().Be(1, "a burst is one write, so the peer's reader wakes once");
        using var receiver = new MessageChannel(new MemoryStream(wire.ToArray()), Stream.Null);
        var received = new List<Message?>();
        for (var i = 0; i <= burst.Length; i++)
        {
            received.Add(await receiver.ReceiveAsync(CancellationToken.None));
        }

        received.Should().HaveCount(burst.Length + 1);
        received[..4].Select(m => m?.GetType()).Should().Equal(burst.Select(m => m.GetType()));
        received.OfType<InvokeRequest>().Select(r => r.Id).Should().Equal(1, 2);
        ((EvaluateRequest)received[2]!).Id.Should().Be(3);
        received[^1].Should().BeNull("the stream ended after the last frame");
    }

    [Fact]
    public async Task A_burst_with_a_message_over_the_frame_limit_is_refused_before_anything_is_written()
    {
        var wire = new WriteCountingStream();
        using var sender = new MessageChannel(Stream.Null, wire, maxFrameBytes: 1024);
        Message[] burst = [new EvaluateRequest(1), new LoadRequest([new byte[4096]])];

        var sending = () => sender.SendAsync(burst, CancellationToken.None);

        (await sending.Should().ThrowAsync<ProtocolException>()).Which.Message.Should().Contain("exceeds the 1024-byte frame limit");
        wire.Writes.Should().Be(0);
    }

    [Fact]
    public async Task A_frame_larger_than_the_read_buffer_arrives_whole_and_the_frames_after_it_too()
    {
        var assembly = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray();
        var bytes = await FramesAsync([new LoadRequest([assembly]), new EvaluateRequest(5)]);
        using var receiver = new MessageChannel(new TrickleStream(bytes, chunk: 4093), Stream.Null);

        var load = (LoadRequest)(await receiver.ReceiveAsync(CancellationToken.None))!;
        var evaluate = (EvaluateRequest)(await receiver.ReceiveAsync(CancellationToken.None))!;

        load.Assemblies.Single().Should().Equal(assembly);
        evaluate.Id.Should().Be(5);
        (await receiver.ReceiveAsync(CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task Frames_that_arrive_a_byte_at_a_time_are_put_back_together()
    {
        var bytes = await FramesAsync([new EvaluateRequest(1), new InvokeRequest(2, "Q1", "InitScale", ["int", "int"], [WireValue.Of(4), WireValue.Of(8)])]);
        using var receiver = new MessageChannel(new TrickleStream(bytes, chunk: 1), Stream.Null);

        ((EvaluateRequest)(await receiver.ReceiveAsync(CancellationToken.None))!).Id.Should().Be(1);
        ((InvokeRequest)(await receiver.ReceiveAsync(CancellationToken.None))!).MemberName.Should().Be("InitScale");
    }

    [Fact]
    public async Task A_reader_knows_whether_the_next_frame_is_already_there()
    {
        var one = await FramesAsync([new EvaluateRequest(1)]);
        var bytes = await FramesAsync([new EvaluateRequest(1), new EvaluateRequest(2)]);
        // The first read brings the first frame and half of the second.
        using var receiver = new MessageChannel(new TrickleStream(bytes, chunk: one.Length + (bytes.Length - one.Length) / 2), Stream.Null);

        receiver.HasCompleteFrame.Should().BeFalse("nothing has been read yet");
        await receiver.ReceiveAsync(CancellationToken.None);
        receiver.HasCompleteFrame.Should().BeFalse("only half of the second frame is buffered");
        ((EvaluateRequest)(await receiver.ReceiveAsync(CancellationToken.None))!).Id.Should().Be(2);
    }

    [Fact]
    public async Task A_frame_length_over_the_limit_is_refused_without_reading_the_frame()
    {
        var bytes = new byte[] { 0xFF, 0xFF, 0xFF, 0x7F, 1, 2, 3 };
        using var receiver = new MessageChannel(new MemoryStream(bytes), Stream.Null, maxFrameBytes: 1024);

        var receiving = () => receiver.ReceiveAsync(CancellationToken.None);

        (await receiving.Should().ThrowAsync<ProtocolException>()).Which.Message.Should().Contain("outside 1..1024");
    }

    [Fact]
    public async Task A_channel_reads_under_its_incoming_limit_while_it_still_sends_larger_frames()
    {
        var wire = new WriteCountingStream();
        using var grader = new MessageChannel(Stream.Null, wire, maxIncomingFrameBytes: 1024);
        await grader.SendAsync(new LoadRequest([new byte[4096]]), CancellationToken.None);
        var answer = await FramesAsync([new CallResponse(1, CallOutcome.Returned(WireValue.Of(new string('x', 2000)), 1))]);
        using var reading = new MessageChannel(new MemoryStream(answer), Stream.Null, maxIncomingFrameBytes: 1024);

        var receiving = () => reading.ReceiveAsync(CancellationToken.None);

        wire.Writes.Should().Be(1);
        (await receiving.Should().ThrowAsync<ProtocolException>()).Which.Message.Should().Contain("outside 1..1024");
    }

    private static async Task<byte[]> FramesAsync(IReadOnlyList<Message> messages)
    {
        var wire = new WriteCountingStream();
        using var sender = new MessageChannel(Stream.Null, wire);
        await sender.SendAsync(messages, CancellationToken.None);
        return wire.ToArray();
    }

    /// <summary>Hands out at most <c>chunk</c> bytes per read, like a pipe that the peer fills slowly.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes, writable: false)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(chunk, buffer.Length)]);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(chunk, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));
    }

    /// <summary>Counts the writes the channel makes (each would be one system call on a pipe).</summary>
    private sealed class WriteCountingStream : Stream
    {
        private readonly MemoryStream _written = new();

        public int Writes { get; private set; }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _written.Length;
        public override long Position { get => _written.Position; set => throw new NotSupportedException(); }

        public byte[] ToArray() => _written.ToArray();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            _written.Write(buffer);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
