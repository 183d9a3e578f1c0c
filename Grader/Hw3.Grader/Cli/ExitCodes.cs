namespace Hw3.Grader.Cli;

/// <summary>What <c>hw3</c> exits with. Grading that ran exits 0 whatever the student scored.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary><c>eval</c>: the expression did not compile, threw, or could not be evaluated.</summary>
    public const int EvaluationFailed = 1;

    /// <summary>A wrong path, a missing argument, an unknown option.</summary>
    public const int BadInvocation = 2;

    /// <summary>The rubric is missing or malformed; the message names the JSON path to fix.</summary>
    public const int UnusableRubric = 3;

    /// <summary><c>manual</c>: the filled-in manual.csv has errors (each named by its row); nothing was written.</summary>
    public const int RefusedStaffGrades = 4;

    public const int Cancelled = 130;
}
