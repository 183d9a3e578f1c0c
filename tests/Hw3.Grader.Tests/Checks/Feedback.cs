using System.Text.RegularExpressions;
using Hw3.Grader.Checks;
using Hw3.Grader.Cli;
using Hw3.Grader.Grading;

namespace Hw3.Grader.Tests.Checks;

/// <summary>Assertions on what a student reads: feedback explains, but never gives the expected value away.</summary>
internal static partial class Feedback
{
    /// <summary>
    /// No reference value (in any accepted form) of a call the student got wrong appears in the item's reason or details.
    /// Values too short to be told apart from other text ("1", or numbers inside the calls themselves) are not checked.
    /// </summary>
    public static void ShouldNotRevealExpectedValues(ItemResult result, ICheck check, FakeStudent student)
    {
        var calls = check.PlanCalls();
        var results = student.Run(calls);
        var checkedValues = 0;
        foreach (var call in calls)
        {
            var actual = results[call].Value?.ToString();
            var references = check.Item.Targets
                .Where(t => t.Member.TypeName == call.TypeName && t.Member.MemberName == call.MemberName)
                .SelectMany(t => t.Accept);
            foreach (var reference in references)
            {
                var expected = GraderServices.References.Evaluate(reference, call).ToString();
                if (expected == actual || expected.Length < 2 || calls.Any(c => c.Key.Contains(expected, StringComparison.Ordinal)))
                {
                    continue;
                }

                checkedValues++;
                Shows(result.Details, expected).Should().BeFalse($"the expected value {expected} of {call.Key} ({reference}) is not shown in:\n{result.Details}");
                Shows(result.Reason, expected).Should().BeFalse();
            }
        }

        checkedValues.Should().BePositive("the student got some values wrong, so there were expected values to hide");
    }

    /// <summary>Whether the text shows this value: an array anywhere, a number as a whole token (0.5 is not shown by 0.5773…).</summary>
    private static bool Shows(string text, string value) =>
        value.StartsWith('[')
            ? text.Contains(value, StringComparison.Ordinal)
            : NumberToken().Matches(text).Any(m => m.Value == value);

    [GeneratedRegex(@"[-+]?(\d+(\.\d+)?(E[-+]?\d+)?|NaN|∞)")]
    private static partial Regex NumberToken();

    /// <summary>A known mistake: no points, the mistake named in the reason and ids, its hint in the details.</summary>
    public static void ShouldNameTheMistake(ItemResult result, string itemId, string mistakeId)
    {
        var message = Hw3.Grader.Tests.Rubrics.RealRubric.Item(itemId).Mistakes.Single(m => m.Id == mistakeId).Message;
        result.Score.Should().Be(0, result.Details);
        result.Status.Should().Be(ItemStatus.Failed);
        result.Mistakes.Should().Contain(mistakeId);
        result.Reason.Should().Be("known mistake: " + mistakeId);
        result.Details.Should().Contain("Hint: " + message);
    }
}
