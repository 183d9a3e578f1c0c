using System.Diagnostics;
using System.Globalization;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Runner.Values;

namespace Hw3.Grader.Runner.Invocation;

/// <summary>
/// Runs one student call on a thread with a large stack (deep but finite recursion is allowed), converts what
/// it returned on that same thread (a lazy sequence is student code too), and turns an exception into a
/// <see cref="CallStatus.Threw"/> outcome. Once the runner hands it a source of calls
/// (<see cref="Serve"/>), the thread does not end after its call: it asks the source for the next one and
/// performs every call of the runner's life, so a call costs no thread start. Student code always runs on the
/// same frames, whichever way: Thread.StartCallback, the lambda in <see cref="Run"/>, <see cref="Guarded"/>.
/// CAREFUL: the runtime's stack-overflow report (student output, kept in the golden reports of
/// Submissions/hostile/stack-overflow and crash-after-answers) names these frames and counts the student frames that fit above them,
/// so renaming, reordering or growing them (locals, calls) changes those goldens, and so does how the runner is
/// compiled (the ReadyToRun copy the grader starts inlines the resolver's small frames and fits ten more
/// student frames than the JIT-compiled runner did); the split between <see cref="Guarded"/> and
/// <see cref="Outcome"/> keeps these frames small.
/// </summary>
internal static class CallThread
{
    public const int StackBytes = 16 * 1024 * 1024;

    public static CallOutcome Run(Func<object?> call, Func<object?, ConvertedValue> convert)
    {
        if (_served)
        {
            // On the serving thread, inside the source: hand the call back to the loop below, which runs it.
            _handedCall = call;
            _handedConvert = convert;
            return Handed;
        }

        CallOutcome? outcome = null;
        var thread = new Thread(() => { do { outcome = Guarded(call, convert); } while (More(outcome, ref call, ref convert)); }, StackBytes)
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
            return Outcome(converted, elapsed);
        }
        catch (Exception e)
        {
            return ExceptionReport.Describe(e, clock.Elapsed.TotalMilliseconds);
        }
    }

    private static CallOutcome Outcome(ConvertedValue converted, double elapsed) => converted.Value is { } value
        ? CallOutcome.Returned(value, elapsed)
        : CallOutcome.Failed(converted.ProblemStatus, converted.Problem ?? "returned a value the grader cannot read", elapsedMs: elapsed);

    /// <summary>On a serving thread, the next call from the source; false on any other thread (one call each).</summary>
    private static bool More(CallOutcome outcome, ref Func<object?> call, ref Func<object?, ConvertedValue> convert)
    {
        if (!_served || _source!(outcome) is not { } next)
        {
            return false;
        }

        (call, convert) = next;
        return true;
    }

    /// <summary>What <see cref="Run"/> returns on the serving thread: the call was handed over, not run.</summary>
    public static CallOutcome Handed { get; } = CallOutcome.Failed(CallStatus.NotRun, "handed to the call thread");

    [ThreadStatic]
    private static bool _served;

    [ThreadStatic]
    private static Func<object?>? _handedCall;

    [ThreadStatic]
    private static Func<object?, ConvertedValue>? _handedConvert;

    [ThreadStatic]
    private static Func<CallOutcome, (Func<object?> Call, Func<object?, ConvertedValue> Convert)?>? _source;

    /// <summary>
    /// Starts a call thread that serves the calls <paramref name="source"/> hands it until the source has no
    /// more; returns when that thread ends. Its first "call" only marks the thread as serving. The source runs
    /// on the call thread: it gets the outcome of the call just run and returns the next call, or null.
    /// Everything is per call thread, so several serving threads can live in one process (the bench's floor).
    /// </summary>
    public static void Serve(Func<CallOutcome, (Func<object?> Call, Func<object?, ConvertedValue> Convert)?> source)
    {
        Run(
            () =>
            {
                _served = true;
                _source = source;
                return null;
            },
            static _ => new ConvertedValue(null, null));
    }

    /// <summary>On the serving thread: the call a handler handed over with <see cref="Run"/> since the last take.</summary>
    public static bool TakeHanded(out Func<object?> call, out Func<object?, ConvertedValue> convert)
    {
        call = _handedCall!;
        convert = _handedConvert!;
        _handedCall = null;
        _handedConvert = null;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        return call is not null;
    }
}
