using Hw3.Grader.Compilation;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Submissions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>
/// <c>hw3 eval &lt;submission&gt; "&lt;expression&gt;"</c>: evaluates a C# expression against a submission in a
/// runner, as a TA does to answer a regrade request. The expression is compiled as a C# script.
/// </summary>
public sealed class EvalCommand(IAnsiConsole console) : AsyncCommand<EvalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        if (!SubmissionLoader.Load(settings.Submission).TryGet(out var source, out var error))
        {
            console.MarkupLine("[red]" + Markup.Escape(error) + "[/]");
            return ExitCodes.BadInvocation;
        }

        foreach (var problem in source.Problems)
        {
            console.MarkupLine("[yellow]note:[/] " + Markup.Escape(problem));
        }

        await using var compiler = GraderServices.CreateCompiler();
        var compiled = await compiler.CompileAsync(source.Files, cancellationToken);
        if (compiled is not CompileSucceeded submission)
        {
            return Failed(((CompileFailed)compiled).Message, compiled);
        }

        var expression = await compiler.CompileExpressionAsync(settings.Expression, source.Files, submission.Assembly, cancellationToken);
        if (expression is not CompileSucceeded script)
        {
            return Failed(((CompileFailed)expression).Message, expression);
        }

        await using var runner = GraderServices.CreateRunners(null).Open([submission.Assembly, script.Assembly]);
        var outcome = await runner.EvaluateAsync(TimeSpan.FromSeconds(settings.TimeoutSeconds), cancellationToken);
        var printed = await runner.EndAsync();
        if (printed.Text.Length > 0)
        {
            console.MarkupLine("[grey]output of the submission:[/]");
            console.WriteLine(printed.Text);
        }

        foreach (var incident in runner.Incidents)
        {
            console.MarkupLine("[yellow]note:[/] " + Markup.Escape(incident));
        }

        if (outcome.Status != CallStatus.Returned)
        {
            console.MarkupLine("[red]" + Markup.Escape(Describe(outcome)) + "[/]");
            return ExitCodes.EvaluationFailed;
        }

        console.WriteLine(outcome.Value!.ToString());
        return ExitCodes.Success;
    }

    private int Failed(string message, CompileOutcome outcome)
    {
        console.MarkupLine("[red]" + Markup.Escape(message) + "[/]");
        foreach (var diagnostic in outcome.Diagnostics.Where(d => d.IsError))
        {
            console.MarkupLine("  " + Markup.Escape(diagnostic.ToString()));
        }

        return ExitCodes.EvaluationFailed;
    }

    private static string Describe(CallOutcome outcome) => outcome.Status switch
    {
        CallStatus.Threw => $"threw {outcome.ExceptionType}: {outcome.Message}",
        _ => outcome.Message ?? outcome.Status.ToString(),
    };
}
