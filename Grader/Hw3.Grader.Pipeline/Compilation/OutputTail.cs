using System.Text;

namespace Hw3.Grader.Compilation;

/// <summary>The last <see cref="Capacity"/> characters written to it; thread-safe.</summary>
internal sealed class OutputTail(int capacity)
{
    private readonly StringBuilder _text = new();
    private readonly Lock _gate = new();

    public int Capacity { get; } = capacity;

    public void Append(ReadOnlySpan<char> chunk)
    {
        lock (_gate)
        {
            _text.Append(chunk);
            if (_text.Length > Capacity)
            {
                _text.Remove(0, _text.Length - Capacity);
            }
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return _text.ToString();
        }
    }
}
