using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Protocol.Framing;

/// <summary>
/// Length-prefixed JSON frames over a pair of streams: a 4-byte little-endian length, then that many
/// bytes of UTF-8 JSON holding one <see cref="Message"/> (<see cref="MessageWriter"/>, <see cref="MessageReader"/>). A frame larger than
/// <see cref="MaxFrameBytes"/> is refused, so a hostile peer cannot make the grader allocate at will; a frame
/// arriving larger than <see cref="MaxIncomingFrameBytes"/> is refused before it is read (the grader reads a runner's
/// answers under <see cref="Limits.AnswerLimits.MaxReplyFrameBytes"/> while it still sends large assemblies).
/// Writes are serialised; reads are expected from one reader at a time.
/// </summary>
public sealed class MessageChannel(Stream input, Stream output, int maxFrameBytes = MessageChannel.DefaultMaxFrameBytes, int? maxIncomingFrameBytes = null) : IDisposable
{
    public const int DefaultMaxFrameBytes = 256 * 1024 * 1024;

    /// <summary>Read ahead: a burst of small frames (pipelined calls and their answers) costs one read, not two per frame. A larger frame grows the buffer for as long as it is read.</summary>
    private const int ReadBufferBytes = 64 * 1024;

    private const int HeaderBytes = 4;

    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Stream _input = input;
    private byte[] _buffer = new byte[ReadBufferBytes];
    private int _start;
    private int _end;

    public int MaxFrameBytes { get; } = maxFrameBytes;

    public int MaxIncomingFrameBytes { get; } = maxIncomingFrameBytes ?? maxFrameBytes;

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
        if (!await FillAsync(HeaderBytes, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var length = NextLength;
        if (!IsValidLength(length))
        {
            throw new ProtocolException($"frame length {length} is outside 1..{MaxIncomingFrameBytes}");
        }

        if (!await FillAsync(HeaderBytes + length, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        // The frame stays unread until it is parsed: a read that fails part-way (the runner's heap filled by a
        // student call on another thread) can be tried again and finds the same frame.
        var message = MessageReader.Read(_buffer.AsMemory(_start + HeaderBytes, length));
        // The reader copies what it keeps (strings, byte arrays), so the buffer is free again once it returns.
        _start += HeaderBytes + length;
        return message;
    }

    /// <summary>
    /// True when the next frame (or a frame length that <see cref="ReceiveAsync"/> will refuse) has already
    /// arrived, so receiving it will not wait: a reader takes a burst of frames at once and hands them on together.
    /// </summary>
    public bool HasCompleteFrame => _end - _start >= HeaderBytes && (!IsValidLength(NextLength) || _end - _start - HeaderBytes >= NextLength);

    /// <summary>The length in the header at the read position (at least <see cref="HeaderBytes"/> bytes must be buffered).</summary>
    private int NextLength => BinaryPrimitives.ReadInt32LittleEndian(_buffer.AsSpan(_start, HeaderBytes));

    private bool IsValidLength(int length) => length > 0 && length <= MaxIncomingFrameBytes;

    /// <summary>Reads until at least <paramref name="count"/> unread bytes are buffered; false at the end of the stream.</summary>
    private async Task<bool> FillAsync(int count, CancellationToken cancellationToken)
    {
        while (_end - _start < count)
        {
            MakeRoom(count);
            int read;
            try
            {
                read = await _input.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            }
            catch (IOException)
            {
                return false;
            }

            if (read == 0)
            {
                return false;
            }

            _end += read;
        }

        return true;
    }

    /// <summary>Moves the unread bytes to the front, and grows the buffer for a frame larger than it (back to its usual size after).</summary>
    private void MakeRoom(int count)
    {
        var unread = _end - _start;
        var size = Math.Max(ReadBufferBytes, count);
        if (size != _buffer.Length && (size > _buffer.Length || unread <= ReadBufferBytes))
        {
            var resized = new byte[size];
            _buffer.AsSpan(_start, unread).CopyTo(resized);
            _buffer = resized;
        }
        else if (_start > 0)
        {
            _buffer.AsSpan(_start, unread).CopyTo(_buffer);
        }
        else
        {
            return;
        }

        _start = 0;
        _end = unread;
    }

    public void Dispose()
    {
        _writeLock.Dispose();
        _input.Dispose();
        output.Dispose();
    }
}
