using System.Diagnostics;
using System.Globalization;
using Hw3.TestFunctions;

namespace Hw3.Grader.Runner.Invocation;

/// <summary>
/// Test functions as student code receives them: callable, not inspectable. A delegate made straight from a
/// <see cref="TestFunction"/> would give its name away to a submission (its <c>Target.ToString()</c> describes the
/// function and its parameters; the message and stack trace of the exception it throws for a wrong-length input name
/// it and its form), and a hidden item's function must stay unknown. The delegate here closes over the function in a
/// class of the runner's, and a wrong input gets a fresh exception thrown here, so nothing of Hw3.TestFunctions is on
/// its stack and its message names only the lengths. The frames here are hidden from stack traces too
/// (<see cref="StackTraceHiddenAttribute"/>): a trace student code reads shows its own frames only.
/// </summary>
[StackTraceHidden]
internal static class OpaqueFunctions
{
    public static Func<double[], double> Value(TestFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        return [StackTraceHidden] (double[] x) => function.Value(Checked(function, x));
    }

    public static Func<double[], double[]> Gradient(TestFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        return [StackTraceHidden] (double[] x) => function.Gradient(Checked(function, x));
    }

    /// <summary>Checked here, so the function's own check (which names it) never throws.</summary>
    private static double[] Checked(TestFunction function, double[] x)
    {
        if (x is null)
        {
            throw new ArgumentNullException(nameof(x), "the test function was called with null instead of an array");
        }

        if (x.Length != function.Dimension)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"the test function takes an array of {function.Dimension} numbers; it was called with {x.Length}"), nameof(x));
        }

        return x;
    }
}
