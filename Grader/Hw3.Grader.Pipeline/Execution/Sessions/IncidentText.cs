using Hw3.Grader.Execution.Wording;

namespace Hw3.Grader.Execution.Sessions;

/// <summary>The words a session's incidents and failed calls are reported in: one place, so a note and an outcome agree.</summary>
internal static class IncidentText
{
    public const string EvalExpression = "the eval expression";

    public const string RanAgainAlone =
        "the runner stopped with several calls unanswered; they were run again one at a time to find the one that stopped it";

    public const string AnswersNotKept =
        "the submission's answers passed what the grader keeps for one submission; later answers were not kept";

    public static string CouldNotLoad(string why) => "the runner could not load the submission: " + why;

    public static string EndedBetweenCalls(RunnerCrash crash, string next) =>
        $"the runner {crash.Incident} between calls, before {next}; a fresh runner was started";

    public static string CrashedDuring(RunnerCrash crash, string what) => $"the runner {crash.Incident} during {what}";

    /// <param name="waiting">True when the wall limit stopped it: the call spent most of that time waiting, not computing.</param>
    public static string DidNotReturn(TimeSpan limit, bool waiting)
    {
        var seconds = LimitText.Seconds(limit);
        return waiting ? $"did not return within {seconds} s, most of them spent waiting rather than computing" : $"did not return within {seconds} s";
    }

    public static string TimedOut(string what, string how) => $"{what} {how}; the runner was stopped and restarted";

    public static string BudgetUsedUp(TimeSpan budget) => $"the submission's time budget of {LimitText.Seconds(budget)} s was used up";

    public static string BudgetUsedUpIncident(TimeSpan budget) => BudgetUsedUp(budget) + "; the remaining calls were not run";

    public static string BudgetRanOutDuring(string what, TimeSpan budget) =>
        $"{what} was still running when the submission's time budget of {LimitText.Seconds(budget)} s was used up; the runner was stopped and the remaining calls were not run";

    public static string NotReturnedBeforeBudget(TimeSpan budget) =>
        $"did not return before the submission's time budget of {LimitText.Seconds(budget)} s was used up";
}
