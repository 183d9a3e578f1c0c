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
