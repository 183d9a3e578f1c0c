using System.Diagnostics;
using System.Globalization;
using Hw3.Grader.Plots;
using Hw3.Grader.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>
/// <c>hw3 figures</c>: every Q2 figure (a)–(e) drawn from the reference experiments, as PNG files, for staff. On synthetic
/// data by default; <c>--data</c> runs the same experiments on MNIST files staff provide.
/// </summary>
public sealed class FiguresCommand(IAnsiConsole console) : AsyncCommand<FiguresSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, FiguresSettings settings, CancellationToken cancellationToken)
    {
        var configs = FigureConfigs.Default;
        if (settings.Data is { } folder)
        {
            var (data, error) = MnistFolder.Find(folder);
            if (data is null)
            {
                console.MarkupLine("[red]" + Markup.Escape(error!) + "[/]");
                return ExitCodes.BadInvocation;
            }

            configs = configs.On(data);
        }

        var clock = Stopwatch.StartNew();
        FigureData computed;
        try
        {
            computed = FigureData.Compute(configs);
        }
        catch (Exception e) when (settings.Data is not null && e is InvalidDataException or IOException or EndOfStreamException)
        {
            // A bad MNIST file is the caller's input, named in one line; anything else is a bug and stays loud.
            console.MarkupLine("[red]" + Markup.Escape($"--data: could not read MNIST from \"{settings.Data}\": {e.Message}") + "[/]");
            return ExitCodes.BadInvocation;
        }

        foreach (var figure in Q2Figures.Render(computed))
        {
            var path = Path.Combine(settings.Out, figure.FileName);
            await AtomicFile.WriteAsync(path, figure.Png, cancellationToken);
            console.MarkupLine(Markup.Escape($"wrote {path}: {figure.Description}"));
        }

        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{(settings.Data is null ? "synthetic data" : "MNIST from " + settings.Data)}; {clock.Elapsed.TotalSeconds:0.0} s.")));
        return ExitCodes.Success;
    }
}
