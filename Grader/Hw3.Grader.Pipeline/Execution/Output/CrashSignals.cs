using System.Text;

namespace Hw3.Grader.Execution.Output;

/// <summary>
/// Watches a runner's stderr for what the .NET runtime prints when a process dies of a stack overflow,
/// of running out of memory, or of an unhandled exception, and keeps a short tail for diagnostics.
/// </summary>
internal sealed class CrashSignals
{
    private const int TailChars = 8 * 1024;
    private const int CarryChars = 64;
    private const string UnhandledMarker = "Unhandled exception. ";

    private readonly Lock _lock = new();
    private readonly StringBuilder _tail = new();
    private bool _stackOverflow;
    private bool _outOfMemory;
    private bool _unhandled;

    public bool StackOverflow { get { lock (_lock) { return _stackOverflow; } } }

    public bool OutOfMemory { get { lock (_lock) { return _outOfMemory; } } }

    /// <summary>The first line of an unhandled exception report (e.g. <c>System.InvalidOperationException: boom</c>), "" when it fell out of the tail, null when none.</summary>
    public string? UnhandledException
    {
        get
        {
            lock (_lock)
            {
                if (!_unhandled)
                {
                    return null;
                }

                var text = _tail.ToString();
                var at = text.LastIndexOf(UnhandledMarker, StringComparison.Ordinal);
                if (at < 0)
                {
                    return "";
                }

                var line = text[(at + UnhandledMarker.Length)..].Split('\n')[0].TrimEnd('\r');
                return line.Length <= 300 ? line : line[..300] + "…";
            }
        }
    }

    /// <summary>The last few kilobytes of stderr, for messages about a runner that failed to start.</summary>
    public string Tail { get { lock (_lock) { return _tail.ToString(); } } }

    public void Append(byte[] buffer, int count)
    {
        var text = Encoding.UTF8.GetString(buffer, 0, count);
        lock (_lock)
        {
            var carry = _tail.Length <= CarryChars ? _tail.ToString() : _tail.ToString(_tail.Length - CarryChars, CarryChars);
            var window = carry + text;
            _stackOverflow |= window.Contains("Stack overflow", StringComparison.Ordinal);
            _outOfMemory |= window.Contains("OutOfMemoryException", StringComparison.Ordinal)
                || window.Contains("Out of memory", StringComparison.OrdinalIgnoreCase)
                || window.Contains("GCHeapHardLimit", StringComparison.Ordinal);
            _unhandled |= window.Contains(UnhandledMarker, StringComparison.Ordinal);

            _tail.Append(text);
            if (_tail.Length > TailChars)
            {
                _tail.Remove(0, _tail.Length - TailChars);
            }
        }
    }

    /// <summary>Forget what came before: only what a runner prints from now on explains its end.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _stackOverflow = false;
            _outOfMemory = false;
            _unhandled = false;
            _tail.Clear();
        }
    }
}
