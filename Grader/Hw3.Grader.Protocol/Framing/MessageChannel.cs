using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Protocol.Framing;

/// <summary>
/// Length-prefixed JSON frames over a pair of streams: a 4-byte little-endian length, then that many
/// bytes of UTF-8 JSON holding one <see cref="Message"/> (<see cref="MessageWriter"/>, <see cref="MessageReader"/>). A frame larger than
/// <see cref="MaxFrameBytes"/> is refused, so a hostile peer cannot make the grader allocate at will.
/// Writes are serialised; reads are expected from one reader at a time.
/// </summary>
public sealed class MessageChannel(Stream input, Stream output, int maxFrameBytes = MessageChannel.DefaultMaxFrameBytes) : IDisposable
{
    public const int DefaultMaxFrameBytes = 256 * 1024 * 1024;

    /// <summary>Read ahead: a burst of small frames (pipelined calls and their answers) costs one read, not two per frame.</summary>
    private const int ReadBufferBytes = 64 * 1024;

    private const int HeaderBytes = 4;

    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Stream _input = new BufferedStream(input, ReadBufferBytes);

    public int MaxFrameBytes { get; } = maxFrameBytes;

    public Task SendAsync(Message message, CancellationToken cancellationToken) => SendAsync([message], cancellationToken);

    /// <summary>
    /// Sends the messages in order, all framed into one buffer and written at once: a burst of pipelined
    /// requests costs one system call and wakes the peer's reader once, not once per frame.
    /// </summary>
    public async Task SendAsync(IReadOnlyList<Message> messages, CancellationToken cancellationToken)
    {
        var frames = new ArrayBufferWriter<byte>(256 * messages.Count);
        foreach (var message in messages)
        {
            var start = frames.WrittenCount;
            frames.GetSpan(HeaderBytes);
            frames.Advance(HeaderBytes);
            MessageWriter.Write(message, frames);
            var length = frames.WrittenCount - start - HeaderBytes;
            if (length > MaxFrameBytes)
            {
                throw new ProtocolException($"message of {length} bytes exceeds the {MaxFrameBytes}-byte frame limit");
            }

            BinaryPrimitives.WriteInt32LittleEndian(MemoryMarshal.AsMemory(frames.WrittenMemory).Span.Slice(start, HeaderBytes), length);
        }

        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await output.WriteAsync(frames.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>The next message, or null when the peer closed the channel (or died).</summary>
    public async Task<Message?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var header = new byte[HeaderBytes];
        if (!await ReadExactlyOrEndAsync(header, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length <= 0 || length > MaxFrameBytes)
        {
            throw new ProtocolException($"frame length {length} is outside 1..{MaxFrameBytes}");
        }

        var payload = new byte[length];
        if (!await ReadExactlyOrEndAsync(payload, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return MessageReader.Read(payload);
    }

    private async Task<bool> ReadExactlyOrEndAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            int n;
            try
            {
                n = await _input.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false);
            }
            catch (IOException)
            {
                return false;
            }

            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return true;
    }

    public void Dispose()
    {
        _writeLock.Dispose();
        _input.Dispose();
        output.Dispose();
    }
}
