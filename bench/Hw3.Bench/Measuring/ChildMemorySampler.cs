using System.Collections.Concurrent;
using System.Globalization;

namespace Hw3.Bench.Measuring;

/// <summary>
/// Watches this process's descendants in <c>/proc</c> for runner processes (the runner's apphost, or
/// <c>dotnet Hw3.Grader.Runner.dll</c>) and compile workers (likewise) and keeps each one's peak resident memory (VmHWM), read while it lives.
/// </summary>
internal sealed class ChildMemorySampler : IAsyncDisposable
{
    private readonly ConcurrentDictionary<int, double> _runnerPeaks = new();
    private readonly ConcurrentDictionary<int, double> _compilerPeaks = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _disposed;

    public ChildMemorySampler(TimeSpan interval) => _loop = Task.Run(() => LoopAsync(interval));

    public IReadOnlyList<double> RunnerPeaksMb => [.. _runnerPeaks.Values.Where(p => p > 0).Order()];

    /// <summary>Each compile worker's peak, ascending (a worker is replaced after its recycling count of compilations).</summary>
    public IReadOnlyList<double> CompilerPeaksMb => [.. _compilerPeaks.Values.Where(p => p > 0).Order()];

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task LoopAsync(TimeSpan interval)
    {
        if (!Directory.Exists("/proc"))
        {
            return;
        }

        while (!_stop.IsCancellationRequested)
        {
            foreach (var pid in Descendants(Environment.ProcessId))
            {
                if (ProgramOf(pid) is { } program && (program == RunnerName ? _runnerPeaks : program == CompilerName ? _compilerPeaks : null) is { } peaks)
                {
                    var peak = ProcessMemory.PeakMb(pid);
                    peaks.AddOrUpdate(pid, peak, (_, old) => Math.Max(old, peak));
                }
            }

            await Task.Delay(interval, _stop.Token).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The processes below this one (runners sit under setpriv, prlimit and bubblewrap), from each thread's
    /// <c>children</c> list. Only this process's own tree is read: reading every process on a shared machine 40 times a
    /// second took a quarter of the grader process's CPU in the bench and counted as the grader's.
    /// </summary>
    private static List<int> Descendants(int root)
    {
        var found = new List<int>();
        var pending = new Stack<int>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var pid = pending.Pop();
            string[] tasks;
            try
            {
                tasks = Directory.GetDirectories($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/task");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // It ended meanwhile.
            }

            foreach (var task in tasks)
            {
                string children;
                try
                {
                    children = File.ReadAllText(Path.Combine(task, "children"));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    continue;
                }

                foreach (var child in children.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (int.TryParse(child, NumberStyles.None, CultureInfo.InvariantCulture, out var childPid))
                    {
                        found.Add(childPid);
                        pending.Push(childPid);
                    }
                }
            }
        }

        return found;
    }

    private const string RunnerName = "Hw3.Grader.Runner";
    private const string CompilerName = "Hw3.Grader.Compiler";

    /// <summary>The program a process runs: its apphost's name, or the assembly <c>dotnet</c> was given, without extension.</summary>
    private static string? ProgramOf(int pid)
    {
        string[] argv;
        try
        {
            argv = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/cmdline").Split('\0');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var program = Path.GetFileName(argv[0]);
        return program == "dotnet" && argv.Length > 1 ? Path.GetFileNameWithoutExtension(argv[1]) : program;
    }
}
