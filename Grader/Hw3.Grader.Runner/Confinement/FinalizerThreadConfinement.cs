using System.Runtime.CompilerServices;

namespace Hw3.Grader.Runner.Confinement;

/// <summary>
/// Binds the runtime's finalizer thread to the Landlock ruleset. It exists before Main, so it would not inherit
/// the rules from the main thread (Landlock binds a thread and the threads it starts later, and ABI 7 cannot
/// bind the others), and it runs code the student chooses: finalizers of student types. The only way to run
/// code on it is to be finalized, so an object whose finalizer restricts the thread it runs on is dropped and
/// collected, and the main thread waits for it.
/// </summary>
internal sealed class FinalizerThreadConfinement
{
    private static string? _error = "its finalizer never ran";
    private readonly LandlockRuleset _ruleset;

    private FinalizerThreadConfinement(LandlockRuleset ruleset) => _ruleset = ruleset;

    ~FinalizerThreadConfinement()
    {
        _error = _ruleset.RestrictCallingThread(out var error) ? null : error;
    }

    /// <summary>Null when the finalizer thread is bound to the ruleset, else why not.</summary>
    public static string? Apply(LandlockRuleset ruleset)
    {
        Drop(ruleset);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return _error;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Drop(LandlockRuleset ruleset) => _ = new FinalizerThreadConfinement(ruleset);
}
