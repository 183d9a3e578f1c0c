using Hw3.Grader.Execution.Timing;

namespace Hw3.Grader.Tests.Timing;

public sealed class CallTimeLimitTests
{
    private static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(int.MaxValue - 1);

    [Fact]
    public void A_call_gets_its_processor_limit_and_three_times_as_much_wall_time()
    {
        var limit = CallTimeLimit.Of(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(120), Longest);

        limit.Should().Be(new CallTimeLimit(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), WallIsBudget: false));
    }

    [Fact]
    public void A_budget_shorter_than_the_wall_limit_becomes_the_wall_limit()
    {
        var limit = CallTimeLimit.Of(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(8), Longest);

        limit.Should().Be(new CallTimeLimit(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(8), WallIsBudget: true));
    }

    [Fact]
    public void A_budget_shorter_than_the_processor_limit_bounds_both()
    {
        var limit = CallTimeLimit.Of(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(2), Longest);

        limit.Should().Be(new CallTimeLimit(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2), WallIsBudget: true));
    }

    [Fact]
    public void A_spent_budget_leaves_no_time_at_all()
    {
        var limit = CallTimeLimit.Of(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(-1), Longest);

        limit.Should().Be(new CallTimeLimit(TimeSpan.Zero, TimeSpan.Zero, WallIsBudget: true));
    }

    [Fact]
    public void An_unlimited_call_does_not_overflow_the_wall_limit()
    {
        var limit = CallTimeLimit.Of(Longest, Longest, Longest);

        limit.Should().Be(new CallTimeLimit(Longest, Longest, WallIsBudget: false));
    }
}
