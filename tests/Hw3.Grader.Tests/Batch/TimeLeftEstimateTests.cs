using Hw3.Grader.Batch;

namespace Hw3.Grader.Tests.Batch;

public sealed class TimeLeftEstimateTests
{
    private TimeSpan _now;

    [Fact]
    public void There_is_no_estimate_until_a_few_submissions_were_graded_then_it_follows_their_pace()
    {
        var estimate = new TimeLeftEstimate(() => _now);
        _now = TimeSpan.FromSeconds(30); // start-up: compile workers, references
        for (var done = 1; done < TimeLeftEstimate.GradedBeforeEstimate; done++)
        {
            estimate.Report(new BatchProgress(done, 100, $"s{done}", Skipped: false));
            estimate.Remaining.Should().BeNull($"{done} graded is too few to tell");
            _now += TimeSpan.FromSeconds(2);
        }

        estimate.Report(new BatchProgress(TimeLeftEstimate.GradedBeforeEstimate, 100, "s5", Skipped: false));

        estimate.Remaining.Should().Be(TimeSpan.FromSeconds(2 * 95), "2 s per submission since the first, 95 left; the 30 s start-up is not a submission's pace");
    }

    [Fact]
    public void Skipped_submissions_count_as_done_but_not_in_the_pace()
    {
        var estimate = new TimeLeftEstimate(() => _now);
        for (var done = 1; done <= 50; done++)
        {
            estimate.Report(new BatchProgress(done, 100, $"s{done}", Skipped: true));
        }

        estimate.Remaining.Should().BeNull("skipping a current report says nothing about how long grading takes");
        for (var done = 51; done <= 55; done++)
        {
            estimate.Report(new BatchProgress(done, 100, $"s{done}", Skipped: false));
            _now += TimeSpan.FromSeconds(4);
        }

        estimate.Remaining.Should().Be(TimeSpan.FromSeconds(20.0 / 4 * 45), "20 s over the 4 submissions graded after the first is 5 s each, and 45 are left");
    }
}
