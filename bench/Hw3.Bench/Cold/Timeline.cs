using System.Diagnostics;
using System.Globalization;

namespace Hw3.Bench.Cold;

/// <summary>
/// Milestones of one cold run, each with the wall time since this process started (not since Main: the runtime's own
/// start counts, as it does for the autograder) and this process's processor time so far.
/// </summary>
internal sealed class Timeline
{
    private readonly DateTime _processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
    private readonly List<(string What, double WallSeconds, double CpuSeconds)> _marks = [];
    private readonly Lock _lock = new();

    public void Mark(string what)
    {
        var wall = (DateTime.UtcNow - _processStart).TotalSeconds;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        lock (_lock)
        {
            _marks.Add((what, wall, cpu));
        }
    }

    public void Print(TextWriter writer)
    {
        writer.WriteLine("  wall s   this process's CPU s   milestone");
        lock (_lock)
        {
            foreach (var (what, wall, cpu) in _marks.OrderBy(m => m.WallSeconds))
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {wall,6:0.000}   {cpu,6:0.000}                 {what}"));
            }
        }
    }
}
