using System.Diagnostics;
using System.Globalization;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Runner.Values;

namespace Hw3.Grader.Runner.Invocation;

/// <summary>
/// Runs one student call on a thread of its own with a large stack (deep but finite recursion is
/// allowed), converts what it returned on that same thread (a lazy sequence is student code too), and
/// turns an exception into a <see cref="CallStatus.Threw"/> outcome.
/// </summary>
internal static class CallThread
{
    public const int StackBytes = 16 * 1024 * 1024;

    public static CallOutcome Run(Func<object?> call, Func<object?, ConvertedValue> convert)
    {
        CallOutcome? outcome = null;
        var thread = new Thread(() => outcome = Guarded(call, convert), StackBytes)
        {
            IsBackground = true,
            Name = "student call",
            CurrentCulture = CultureInfo.InvariantCulture,
            CurrentUICulture = CultureInfo.InvariantCulture,
        };
        thread.Start();
        thread.Join();
        return outcome ?? CallOutcome.Failed(CallStatus.Threw, "the call ended without a result");
    }

    private static CallOutcome Guarded(Func<object?> call, Func<object?, ConvertedValue> convert)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var converted = convert(call());
            var elapsed = clock.Elapsed.TotalMilliseconds;
            return converted.Value is { } value
                ? CallOutcome.Returned(value, elapsed)
                : CallOutcome.Failed(CallStatus.UnsupportedReturn, converted.Problem ?? "returned a value the grader cannot read", elapsedMs: elapsed);
        }
        catch (Exception e)
        {
            return ExceptionReport.Describe(e, clock.Elapsed.TotalMilliseconds);
        }
    }
}
