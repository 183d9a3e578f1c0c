using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;
using Hw3.Grader.Tests.Rubrics;

namespace Hw3.Grader.Tests.Grading;

public sealed class VisibilityGroupsTests
{
    private static readonly GradingSession Session = RealRubric.Session;

    [Fact]
    public void The_real_rubric_runs_its_visible_calls_first_and_its_after_due_date_calls_in_a_group_of_their_own()
    {
        Session.CallGroups.Select(g => g.Visibility).Should().Equal(Visibility.Visible, Visibility.AfterDueDate);
        Session.CallGroups.Sum(g => g.Calls.Count).Should().Be(Session.Calls.Count, "every call runs exactly once");
        Session.CallGroups.SelectMany(g => g.Calls).Select(c => c.Call.Key).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_call_only_an_after_due_date_item_needs_never_runs_with_the_visible_calls()
    {
        // q5.general, and the guessable items (StudentVisibility), whose right or wrong is not shown before the due date.
        var general = Session.Checks.Where(c => !StudentVisibility.BeforeDueDate(c.Item)).SelectMany(c => c.PlanCalls()).Select(c => c.Key).ToHashSet();
        var visible = Session.Checks.Where(c => StudentVisibility.BeforeDueDate(c.Item)).SelectMany(c => c.PlanCalls()).Select(c => c.Key).ToHashSet();
        var visibleGroup = Session.CallGroups[0].Calls.Select(c => c.Call.Key).ToHashSet();
        var laterGroup = Session.CallGroups[1].Calls.Select(c => c.Call.Key).ToHashSet();

        laterGroup.Should().NotBeEmpty().And.BeSubsetOf(general);
        visibleGroup.Should().BeEquivalentTo(visible, "a call a visible item needs runs with the visible calls, even when a later item needs it too");
        visibleGroup.Should().NotIntersectWith(general.Except(visible));
    }

    [Fact]
    public void Calls_keep_the_rubric_order_within_their_group()
    {
        var order = Session.Calls.Select((c, i) => (c.Call.Key, i)).ToDictionary(p => p.Key, p => p.i);

        foreach (var group in Session.CallGroups)
        {
            group.Calls.Select(c => order[c.Call.Key]).Should().BeInAscendingOrder();
        }
    }
}
