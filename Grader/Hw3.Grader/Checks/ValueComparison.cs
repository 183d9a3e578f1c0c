using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks;

/// <summary>
/// The comparison grid and scaling checks share: every planned call of a member against each accepted
/// reference, NaN/∞ rejected, known mistakes recognised, and a reproduce line for the first failure.
/// </summary>
/// <param name="showExpected">The item's <c>showExpected</c>: name the expected value of a wrong answer.</param>
public sealed class ValueComparison(RubricItem item, CheckContext context, bool showExpected)
{
    /// <summary>Null when every call returned; otherwise the verdict for the first call that did not.</summary>
    public TargetVerdict? FirstFailedCall(IReadOnlyList<MemberCall> calls, CallResults results)
    {
        foreach (var call in calls)
        {
            var outcome = results[call];
            if (outcome.Status != CallStatus.Returned)
            {
                // A call that never ran (the submission did not compile) has nothing to reproduce.
                var described = OutcomeText.Describe(call, outcome);
                return outcome.Status == CallStatus.NotRun
                    ? TargetVerdict.Fail(OutcomeText.Short(outcome), [described])
                    : TargetVerdict.Fail(OutcomeText.Short(outcome), [described, CallResults.CallLine(call)]) with
                    {
                        Finding = new StudentFinding(call.Key, described, null, null),
                    };
            }
        }

        return null;
    }

    /// <summary>The first accepted reference that every call matches, or null.</summary>
    public string? MatchingReference(RubricTarget target, IReadOnlyList<MemberCall> calls, CallResults results) =>
        target.Accept.FirstOrDefault(reference => calls.All(call =>
            NumericAnswer.Matches(results[call].Value!, context.References.Evaluate(reference, call), item.Tolerance)));

    /// <summary>Explains why the values are not right, without giving the expected value away unless the rubric says so.</summary>
    public TargetVerdict Explain(RubricTarget target, IReadOnlyList<MemberCall> calls, CallResults results)
    {
        var primary = target.Accept[0];
        var mistakes = RecognisedMistakes(calls, results);
        var lines = new List<string>();
        StudentFinding? finding = null;
        foreach (var call in calls)
        {
            var actual = results[call].Value!;
            var expected = context.References.Evaluate(primary, call);
            if (NumericAnswer.Defect(actual, expected) is { } defect)
            {
                lines.Add($"{call.Key} {defect}.");
                lines.Add(CallResults.CallLine(call));
                return TargetVerdict.Fail(defect.Contains("NaN", StringComparison.Ordinal) ? "NaN returned" : "invalid value",
                    [.. lines, .. mistakes.Select(m => "Hint: " + m.Message)], mistakes.Select(m => m.Id).ToList()) with
                {
                    Finding = new StudentFinding(call.Key, $"{call.Key} {defect}", mistakes.FirstOrDefault()?.Message, null),
                };
            }

            if (target.Accept.Any(r => NumericAnswer.Matches(actual, context.References.Evaluate(r, call), item.Tolerance)))
            {
                continue;
            }

            var shown = showExpected ? $"; expected {expected}" : "";
            lines.Add($"{call.Key} returned {actual}, which is not the expected value (tolerance: {item.Tolerance}){shown}.");
            lines.Add(CallResults.CallLine(call));
            finding = new StudentFinding(call.Key, $"{call.Key} returned {actual}", null, null);
            break;
        }

        if (lines.Count == 0)
        {
            // Each call matches some accepted form, but not one form throughout.
            lines.Add($"Each value matches an accepted form, but not the same form on every input; give one consistent formula for {target.Member.Id}.");
            finding = new StudentFinding(null, lines[0], null, null);
        }

        lines.AddRange(mistakes.Select(m => "Hint: " + m.Message));
        return TargetVerdict.Fail(mistakes.Count > 0 ? "known mistake: " + mistakes[0].Id : "wrong value", lines, mistakes.Select(m => m.Id).ToList()) with
        {
            Finding = (finding ?? new StudentFinding(null, null, null, null)) with { KnownMistake = mistakes.FirstOrDefault()?.Message },
        };
    }

    public IReadOnlyList<RubricMistake> RecognisedMistakes(IReadOnlyList<MemberCall> calls, CallResults results) =>
        item.Mistakes
            .Where(m => calls.All(call => ValidMistakeTarget(call, m) && NumericAnswer.Matches(results[call].Value!, context.Mistakes.Evaluate(m.Formula, call), item.Tolerance)))
            .ToList();

    /// <summary>A mistake formula applies only to members whose arguments it understands.</summary>
    private bool ValidMistakeTarget(MemberCall call, RubricMistake mistake)
    {
        try
        {
            return context.Mistakes.Evaluate(mistake.Formula, call).Kind != WireKind.Null;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }


    /// <summary>"d1 ∈ {1, 4, 16} × d2 ∈ {1, 3}" for the inputs a member was called on.</summary>
    public static string DescribeInputs(IReadOnlyList<Axis> axes, Hw3.Grader.AnswerApi.AnswerMember member, string? generator)
    {
        var used = generator is null
            ? axes.Where(a => member.ParameterNames?.Contains(a.Name) == true)
            : axes;
        return string.Join(" × ", used.Select(a => $"{a.Name} ∈ {{{string.Join(", ", a.Values)}}}"));
    }
}
