using Hw3.Grader.Batch;

namespace Hw3.Grader.Cli;

/// <summary>
/// How many submissions a batch has finished, whether or not a progress bar shows it: what a cancelled batch
/// reports in its one line.
/// </summary>
public sealed class DoneCounter
{
    private int _done;

    public int Done => Volatile.Read(ref _done);

    /// <summary>A progress sink that counts, then passes each report on to <paramref name="inner"/> if there is one.</summary>
    public IProgress<BatchProgress> Counting(IProgress<BatchProgress>? inner) => new Sink(this, inner);

    private sealed class Sink(DoneCounter counter, IProgress<BatchProgress>? inner) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value)
        {
            Interlocked.Increment(ref counter._done);
            inner?.Report(value);
        }
    }
}
