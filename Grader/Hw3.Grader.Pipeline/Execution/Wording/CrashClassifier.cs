using System.Globalization;
using Hw3.Grader.Execution.Output;

namespace Hw3.Grader.Execution.Wording;

/// <summary>Names the way a runner ended without answering, from what it printed on stderr and its exit code.</summary>
internal static class CrashClassifier
{
    /// <summary>Exit code of a process killed with SIGKILL that the grader did not send: usually the kernel's out-of-memory killer.</summary>
    private const int KilledBySystem = 128 + 9;

    public static RunnerCrash InvalidAnswer { get; } =
        new("sent something that is not a valid answer", "sent something that is not a valid answer");

    public static RunnerCrash Classify(CrashSignals signals, int? exitCode)
    {
        if (signals.StackOverflow)
        {
            return new("crashed with a stack overflow (unbounded recursion?)", "crashed with a stack overflow");
        }

        if (signals.OutOfMemory)
        {
            return new("ran out of memory", "ran out of memory");
        }

        if (signals.UnhandledException is { } exception)
        {
            var detail = exception.Length == 0 ? "" : ": " + exception;
            return new("crashed with an unhandled exception (in a thread the submission started?)" + detail, "crashed with an unhandled exception");
        }

        if (exitCode == KilledBySystem)
        {
            return new("was killed by the system (exit code 137), most likely for using too much memory", "was killed by the system (exit code 137)");
        }

        if (exitCode is > 128 and < 160 and var signalled)
        {
            // 128 + N: the process died of signal N (11 = segmentation fault, 6 = abort), not of its own accord.
            var text = signalled.ToString(CultureInfo.InvariantCulture);
            var signal = (signalled - 128).ToString(CultureInfo.InvariantCulture);
            return new($"crashed (killed by signal {signal}, exit code {text}), for example by exhausting memory or native resources", $"crashed (signal {signal})");
        }

        if (exitCode is { } code)
        {
            var text = code.ToString(CultureInfo.InvariantCulture);
            return new($"ended the runner process (exit code {text}) without answering — e.g. Environment.Exit", $"ended (exit code {text}) without answering");
        }

        return new("closed the runner's connection to the grader without answering", "closed its connection to the grader");
    }
}
