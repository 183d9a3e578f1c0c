using Hw3.Grader.Execution.Timing;

namespace Hw3.Grader.Tests.Timing;

public sealed class CallTimeLimitTests
{
    private static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(int.MaxValue - 1);

    [Fact]
    public void A_call_gets_its_processor_limit_three_times_as_much_waiting_and_the_budget_left()
    {
        var limit = CallTimeLimit.Of(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(120), Longest);

        limit.Should().Be(new CallTimeLimit(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(120)));
    }

    [Fact]
    public void A_spent_budget_leaves_no_time_at_all()
    {
        var limit = CallTimeLimit.Of(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(-1), Longest);

        limit.Budget.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void An_unlimited_call_does_not_overflow_its_waiting_limit()
    {
        var limit = CallTimeLimit.Of(Longest, Longest, Longest);

        limit.Should().Be(new CallTimeLimit(Longest, Longest, Longest));
    }
}
