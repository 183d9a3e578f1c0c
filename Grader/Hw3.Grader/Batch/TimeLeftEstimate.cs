namespace Hw3.Grader.Batch;

/// <summary>
/// The time a batch has left, from the submissions it graded in this run. None until <see cref="GradedBeforeEstimate"/>
/// were graded: the first ones also pay for starting the compile workers and the references, and a resumed batch
/// skips its current reports in no time, so an estimate from them swings from seconds to hours. Skipped submissions
/// count as done but not in the pace.
/// </summary>
public sealed class TimeLeftEstimate(Func<TimeSpan> clock)
{
    public const int GradedBeforeEstimate = 5;

    private readonly Lock _gate = new();
    private TimeSpan? _firstGraded;
    private int _graded;
    private int _done;
    private int _total;

    public void Report(BatchProgress progress)
    {
        lock (_gate)
        {
            _done = progress.Done;
            _total = progress.Total;
            if (progress.Skipped)
            {
                return;
            }

            _graded++;
            // The pace is measured from the first graded submission on: the start-up before it is not a submission's cost.
            _firstGraded ??= clock();
        }
    }

    /// <summary>The time left, or null while too few submissions were graded to tell.</summary>
    public TimeSpan? Remaining
    {
        get
        {
            lock (_gate)
            {
                if (_graded < GradedBeforeEstimate || _firstGraded is not { } first)
                {
                    return null;
                }

                var perSubmission = (clock() - first) / (_graded - 1);
                return perSubmission * (_total - _done);
            }
        }
    }
}
