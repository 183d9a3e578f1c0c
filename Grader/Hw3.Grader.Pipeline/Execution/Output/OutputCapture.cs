using System.Text;

namespace Hw3.Grader.Execution.Output;

/// <summary>
/// Keeps the first <c>maxBytes</c> bytes a submission printed, across all its runners, and counts the
/// rest. Thread-safe: stdout and stderr drain into it at the same time.
/// </summary>
internal sealed class OutputCapture(int maxBytes)
{
    private readonly Lock _lock = new();
    private readonly MemoryStream _kept = new();
    private long _dropped;

    public void Append(byte[] buffer, int count)
    {
        lock (_lock)
        {
            var take = (int)Math.Clamp(maxBytes - _kept.Length, 0, count);
            _kept.Write(buffer, 0, take);
            _dropped += count - take;
        }
    }

    public CapturedOutput Snapshot()
    {
        lock (_lock)
        {
            return new CapturedOutput(Encoding.UTF8.GetString(_kept.GetBuffer(), 0, (int)_kept.Length), _dropped);
        }
    }
}
