using System.Diagnostics;
using System.Globalization;
using Hw3.Grader.Checks;
using Hw3.Grader.Checks.Kinds.Statistical;
using Hw3.Grader.Power;
using Hw3.Grader.Rubrics;
using Hw3.ReferenceSolutions.Q4.Estimators;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>
/// <c>hw3 power</c>: the error rates of the Q4 estimator check, measured. Runs the rubric's statistical item in this
/// process on reference-written estimators (correct, with variance reduction, in single precision, and the mistakes
/// it must catch) over many seeds, and prints how often each fails next to its target. Exits 0 when every target is
/// met, 1 when one is not.
/// </summary>
public sealed class PowerCommand(IAnsiConsole console) : Command<PowerSettings>
{
    public override int Execute(CommandContext context, PowerSettings settings, CancellationToken cancellationToken)
    {
        var rubricPath = RubricLocator.Resolve(settings.Rubric);
        if (!GraderServices.LoadRubric(rubricPath).TryGet(out var rubric, out var problems))
        {
            console.MarkupLine("[red]" + Markup.Escape(problems) + "[/]");
            return ExitCodes.UnusableRubric;
        }

        var item = rubric.Items.FirstOrDefault(i => i.Id == settings.Item);
        if (item is not { Settings: StatisticalSettings statistical })
        {
            throw new BadInvocationException(item is null
                ? $"the rubric has no item \"{settings.Item}\""
                : $"\"{settings.Item}\" is a {item.Kind.Name} item; hw3 power measures a statistical one");
        }

        var jobs = settings.Jobs ?? Environment.ProcessorCount;
        var clock = Stopwatch.StartNew();
        var power = new EstimatorPower(item, new CheckContext(GraderServices.References, GraderServices.Mistakes, rubric.Seed));
        var step = Math.Max(1, settings.Seeds / 20);
        var rows = power.Measure(EstimatorVariants.All, settings.FirstSeed, settings.Seeds, jobs, done =>
        {
            if (done % step == 0 && done < settings.Seeds)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done} of {settings.Seeds} seeds ({clock.Elapsed.TotalSeconds:F0} s)"));
            }
        }, cancellationToken);

        foreach (var line in PowerReport.Lines(item, new StatisticalCheck(item, statistical, new CheckContext(GraderServices.References, GraderServices.Mistakes, rubric.Seed)), rows, settings.FirstSeed, clock.Elapsed, jobs))
        {
            Console.Out.WriteLine(line);
        }

        return rows.All(r => r.Met) ? ExitCodes.Success : ExitCodes.EvaluationFailed;
    }
}
