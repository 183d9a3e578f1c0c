namespace Hw3.Grader.Execution.Output;

/// <summary>
/// Reads a stream to its end on a thread of its own and hands every chunk to its sinks, so a runner that
/// prints without pause never blocks on a full pipe, and a blocking pipe read never holds a pool thread.
/// </summary>
internal sealed class StreamDrain
{
    private const int ChunkBytes = 64 * 1024;

    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public StreamDrain(Stream source, string name, params Action<byte[], int>[] sinks)
    {
        var thread = new Thread(() => Drain(source, sinks)) { IsBackground = true, Name = name };
        thread.Start();
    }

    /// <summary>Completes when the stream reached its end (every writer closed it) or failed.</summary>
    public Task Completion => _done.Task;

    private void Drain(Stream source, Action<byte[], int>[] sinks)
    {
        var buffer = new byte[ChunkBytes];
        try
        {
            int read;
            while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
            {
                foreach (var sink in sinks)
                {
                    sink(buffer, read);
                }
            }
        }
        catch (IOException)
        {
            // The pipe broke: same as its end.
        }
        catch (ObjectDisposedException)
        {
            // Torn down while reading: same as its end.
        }
        finally
        {
            // Closed here, by the thread that read it: closing it from another thread while a read is in progress
            // blocks that thread until the read returns (a process the runner left may hold the pipe for long).
            source.Dispose();
            _done.TrySetResult();
        }
    }
}
