using Hw3.Grader.Cli;
using Hw3.Grader.Reporting.Terminal;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // Before anything is started: no process the grader starts may receive what the grader inherited.
        Execution.Launching.InheritedDescriptors.MarkCloseOnExec();
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        return await RunAsync(RedirectedOutput.Unwrapped(AnsiConsole.Console, Console.IsOutputRedirected), args, cancellation.Token);
    }

    /// <summary>The whole command line on a given console: what <see cref="Main"/> runs, and what tests drive.</summary>
    public static async Task<int> RunAsync(IAnsiConsole console, string[] args, CancellationToken cancellationToken)
    {
        try
        {
            return await CreateApp(console, args).RunAsync(args, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("[yellow]cancelled[/]"); // nothing from outside in it
            return ExitCodes.Cancelled;
        }
    }

    /// <summary>
    /// The command line, with its console injected so tests can drive it. Everything it prints passes <see cref="SafeTextHook"/>.
    /// <paramref name="args"/> are the arguments it will be run with: a mistake in them is explained against them.
    /// </summary>
    public static CommandApp CreateApp(IAnsiConsole console, IReadOnlyList<string>? args = null)
    {
        SafeTextHook.Attach(console);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("hw3");
            config.SetApplicationVersion(Grading.GraderInfo.Version);
            config.Settings.StrictParsing = true;
            // Each option states its default once, in its description (a computed default such as the number of
            // cores has no value to put in a column, and two places would say it twice).
            config.Settings.ShowOptionDefaultValues = false;
            config.Settings.CancellationExitCode = ExitCodes.Cancelled;
            config.Settings.Registrar.RegisterInstance<IAnsiConsole>(console);
            config.ConfigureConsole(console);
            config.SetInterceptor(new UnknownOptions());
            config.AddCommand<GradeCommand>("grade")
                .WithDescription("Grade one submission: a table on the terminal and a Gradescope results.json.")
                .WithExample("grade", "Submissions/samples/perfect")
                .WithExample("grade", "Hw3.cs", "--out", "results.json");
            config.AddCommand<CheckCommand>("check")
                .WithDescription("What a student sees before the due date: check the visible items, one sentence per failing item; hidden ones are named, not run.")
                .WithExample("check", "Submissions/samples/perfect")
                .WithExample("check", "Hw3.cs");
            config.AddCommand<BatchCommand>("batch")
                .WithDescription("Grade a whole class in parallel: a results.json per student, grades.csv, manual.csv, summary.json; a rerun skips current reports.")
                .WithExample("batch", "Submissions/samples")
                .WithExample("batch", "export/", "--out", "graded/", "--only", "q1b.scale");
            config.AddCommand<ManualCommand>("manual")
                .WithDescription("Merge the scores and comments staff wrote into a graded folder's manual.csv into grades.csv and each student's results.json.")
                .WithExample("manual", "graded")
                .WithExample("manual", "graded", "graded/manual.csv");
            config.AddCommand<EvalCommand>("eval")
                .WithDescription("Evaluate a C# expression against a submission, in a runner (for regrade requests).")
                .WithExample("eval", "Submissions/samples/perfect", "\"Q1.InitScale(16, 4)\"");
            config.AddCommand<KitCommand>("kit")
                .WithDescription("Build the student kit: template, README, a checker without answers, and launchers, in one zip.")
                .WithExample("kit", "--out", "hw3-student-kit.zip");
            config.AddCommand<AutograderCommand>("autograder")
                .WithDescription("Grade the one submission of a Gradescope container: <root>/submission in, <root>/results/results.json out, always a report.")
                .WithExample("autograder")
                .WithExample("autograder", "--root", "/tmp/autograder");
            config.AddCommand<PackageCommand>("package")
                .WithDescription("Build Gradescope's autograder zip: setup.sh, run_autograder, the published grader and the rubric.")
                .WithExample("package", "gradescope", "--out", "autograder.zip");
            config.AddCommand<MergeCommand>("merge")
                .WithDescription("Join the output folders of hw3 batch --shard K/N runs into one: every student's reports, grades.csv, manual.csv, summary.json.")
                .WithExample("merge", "graded-1", "graded-2", "graded-3", "--out", "graded");
            config.AddCommand<PowerCommand>("power")
                .WithDescription("Measure the Q4 estimator check: how often correct, variance-reduced and biased estimators fail over many seeds, against the targets.")
                .WithExample("power")
                .WithExample("power", "--seeds", "1000");
            config.AddCommand<FiguresCommand>("figures")
                .WithDescription("Draw the Q2 figures (a)-(e) from the reference experiments as PNG files, for staff.")
                .WithExample("figures", "--out", "figures/")
                .WithExample("figures", "--data", "mnist/");
            config.AddCommand<ReferencesCommand>("references")
                .WithDescription("Compute every reference the rubric needs into a sealed file that hw3 autograder --references reads (hw3 package gradescope puts one in the zip).")
                .WithExample("references", "--out", "hw3.references");
            config.SetExceptionHandler((exception, _) =>
            {
                if (exception is CommandAppException or CommandParseException or CommandRuntimeException)
                {
                    console.MarkupLine("[red]" + Markup.Escape(InvocationErrors.Describe(exception, args ?? [])) + "[/]");
                    console.MarkupLine("Run [bold]./hw3 --help[/] for the commands and their options.");
                    return ExitCodes.BadInvocation;
                }

                if (exception is BadInvocationException)
                {
                    console.MarkupLine("[red]" + Markup.Escape(exception.Message) + "[/]");
                    return ExitCodes.BadInvocation;
                }

                if (exception is OperationCanceledException)
                {
                    return ExitCodes.Cancelled;
                }

                console.WriteException(exception);
                return 70;
            });
        });
        return app;
    }
}
