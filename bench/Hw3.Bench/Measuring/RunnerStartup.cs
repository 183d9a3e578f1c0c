using System.Diagnostics;
using System.IO.Pipes;
using System.Runtime.InteropServices;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Framing;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Bench.Measuring;

/// <summary>
/// What starting one runner process costs before any call: the CPU time (user + system, from
/// <c>getrusage(RUSAGE_CHILDREN)</c>) of a runner started on two pipes until it says ready and then ends,
/// and, for comparison, of the same executable started with no arguments (the .NET runtime starting,
/// printing its usage line and ending). Started directly, without the sandbox's wrappers; Linux only.
/// </summary>
internal static class RunnerStartup
{
    private const int ChildrenOfThisProcess = -1;

    public static (double ReadyCpuMs, double BareCpuMs)? Measure(int times)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var appHost = Path.ChangeExtension(ToolLocator.RunnerAssembly, null);
        if (!File.Exists(appHost))
        {
            return null;
        }

        StartToReady(appHost);
        var ready = AverageChildCpuMs(times, () => StartToReady(appHost));
        var bare = AverageChildCpuMs(times, () => StartBare(appHost));
        return (ready, bare);
    }

    private static void StartToReady(string appHost)
    {
        using var toRunner = new AnonymousPipeServerStream(PipeDirection.Out, HandleInheritability.Inheritable);
        using var fromRunner = new AnonymousPipeServerStream(PipeDirection.In, HandleInheritability.Inheritable);
        var info = new ProcessStartInfo(appHost) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--in", toRunner.GetClientHandleAsString(), "--out", fromRunner.GetClientHandleAsString() })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        toRunner.DisposeLocalCopyOfClientHandle();
        fromRunner.DisposeLocalCopyOfClientHandle();
        using (var channel = new MessageChannel(fromRunner, toRunner))
        {
            var first = channel.ReceiveAsync(CancellationToken.None).GetAwaiter().GetResult();
            if (first is not ReadyMessage)
            {
                throw new InvalidOperationException("the runner did not say ready: " + first);
            }
        }

        // The pipes are closed: the runner ends.
        process.WaitForExit();
    }

    private static void StartBare(string appHost)
    {
        using var process = Process.Start(new ProcessStartInfo(appHost) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
    }

    private static double AverageChildCpuMs(int times, Action start)
    {
        var before = ChildrenCpuMs();
        for (var i = 0; i < times; i++)
        {
            start();
        }

        return (ChildrenCpuMs() - before) / times;
    }

    /// <summary>Processor time (user + system) of this process's children that ended and were waited for.</summary>
    internal static double ChildrenCpuMs()
    {
        if (GetResourceUsage(ChildrenOfThisProcess, out var usage) != 0)
        {
            throw new InvalidOperationException("getrusage failed");
        }

        return (usage.UserSeconds + usage.SystemSeconds) * 1000.0 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);

    /// <summary>struct rusage on 64-bit Linux: two timevals, then fourteen longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public Fourteen Rest;
    }

    [System.Runtime.CompilerServices.InlineArray(14)]
    private struct Fourteen
    {
        private long _first;
    }
}
