using Hw3.Grader.Autograder;
using Hw3.Grader.Grading;
using Hw3.Grader.Reporting;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Tests.Autograder;

public sealed class StudentVisibilityTests
{
    private static readonly DateTimeOffset Due = new(2026, 12, 1, 23, 59, 0, TimeSpan.FromHours(-8));

    [Theory]
    [InlineData(Visibility.Visible, -1, true)]
    [InlineData(Visibility.Visible, 1, true)]
    [InlineData(Visibility.AfterDueDate, -1, false)]
    [InlineData(Visibility.AfterDueDate, 1, true)]
    [InlineData(Visibility.Hidden, 1, false)]
    [InlineData(Visibility.AfterPublished, 1, false)]
    public void An_item_is_shown_by_its_visibility_and_whether_the_due_date_passed(string visibility, int hoursAfterDue, bool shown) =>
        new VisibleAtGrading(Due.AddHours(hoursAfterDue), Due).Shows(visibility).Should().Be(shown);

    [Fact]
    public void Without_a_due_date_after_due_date_items_stay_out() =>
        new VisibleAtGrading(DateTimeOffset.MaxValue, null).Shows(Visibility.AfterDueDate).Should().BeFalse();

    [Fact]
    public void Before_the_due_date_the_summary_adds_up_only_what_the_student_may_see()
    {
        var report = Report(Item("q5a", 1, 1, Visibility.Visible), Item("q5.general", 0, 3, Visibility.AfterDueDate), Item("q1a", 2, 2, Visibility.Visible));

        var before = Newtonsoft.Json.Linq.JObject.Parse(new GradescopeExporter(new VisibleAtGrading(Due.AddDays(-1), Due).Shows).Render(report));
        var after = Newtonsoft.Json.Linq.JObject.Parse(new GradescopeExporter(new VisibleAtGrading(Due.AddDays(1), Due).Shows).Render(report));

        before.Value<string>("output").Should().Contain("3 / 3 automatic points").And.Contain("| Q5 | 1 | 1 |")
            .And.Contain("1 more item (3 points) is not shown yet");
        after.Value<string>("output").Should().Contain("3 / 6 automatic points").And.Contain("| Q5 | 1 | 4 |").And.NotContain("not shown yet");
        before.Value<double>("score").Should().Be(3, "the score is Gradescope's, which keeps each test's visibility itself");
        before["tests"]!.Should().HaveCount(3);
    }

    private static ItemResult Item(string id, double score, double max, string visibility) =>
        new(id, id, score, max, score == max ? ItemStatus.Passed : ItemStatus.Failed, "", "details of " + id, visibility, 0, [], []);

    private static GradeReport Report(params ItemResult[] items) =>
        new("submission", "", "HW3", "", "0.1.0", 1, SubmissionStatus.Graded, "Compiled and graded.", [], [], items, "", 0, TimeSpan.Zero);
}
