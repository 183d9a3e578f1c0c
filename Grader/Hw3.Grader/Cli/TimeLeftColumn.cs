using System.Globalization;
using Hw3.Grader.Batch;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Hw3.Grader.Cli;

/// <summary>The progress bar's time left: "estimating" until <see cref="TimeLeftEstimate"/> has seen enough submissions.</summary>
public sealed class TimeLeftColumn(TimeLeftEstimate estimate) : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        task.IsFinished ? new Text("")
        : estimate.Remaining is { } left ? new Text(string.Create(CultureInfo.InvariantCulture, $"{(int)left.TotalHours}:{left:mm\\:ss} left"), Color.Blue)
        : new Text("estimating", Color.Grey);

    public override int? GetColumnWidth(RenderOptions options) => 14;
}
