using System.Globalization;
using Hw3.Grader.Protocol.Values;
using Hw3.TestFunctions;

namespace Hw3.Grader.Runner.Invocation;

/// <summary>
/// Turns wire values into the arguments of one call. Every call gets fresh objects: a new array, a new
/// <see cref="Random"/>, new test functions (opaque: <see cref="OpaqueFunctions"/>), so nothing a student mutates
/// leaks into the next call.
/// </summary>
internal static class ArgumentBinder
{
    public static object?[] Bind(IReadOnlyList<WireValue> values, IReadOnlyList<Type> parameters)
    {
        if (values.Count != parameters.Count)
        {
            throw new ArgumentBindingException(
                $"{Count(values.Count)} argument(s) were sent for {Count(parameters.Count)} parameter(s)");
        }

        return values.Select((value, i) => BindOne(value, parameters[i], i + 1)).ToArray();
    }

    private static object? BindOne(WireValue value, Type target, int position) => value.Kind switch
    {
        WireKind.Null when !target.IsValueType || Nullable.GetUnderlyingType(target) is not null => null,
        WireKind.Double when target == typeof(double) => value.Number ?? double.NaN,
        WireKind.Double when target == typeof(float) => (float)(value.Number ?? double.NaN),
        WireKind.Int when target == typeof(int) => checked((int)Integer(value)),
        WireKind.Int when target == typeof(long) => Integer(value),
        WireKind.Int when target == typeof(double) => (double)Integer(value),
        WireKind.Bool when target == typeof(bool) => value.Flag ?? false,
        WireKind.String when target == typeof(string) => value.Text ?? "",
        WireKind.DoubleArray when target == typeof(double[]) => (value.Numbers ?? []).ToArray(),
        WireKind.Function when target == typeof(Func<double[], double>) => OpaqueFunctions.Value(Build(value)),
        WireKind.Gradient when target == typeof(Func<double[], double[]>) => OpaqueFunctions.Gradient(Build(value)),
        WireKind.Random when target == typeof(Random) => new Random(value.Seed ?? 0),
        _ => throw new ArgumentBindingException(
            $"argument {Count(position)} is a {value.Kind} value, which does not fit a parameter of type {target.FullName}"),
    };

    private static long Integer(WireValue value) => value.Integer ?? 0;

    private static TestFunction Build(WireValue value)
    {
        try
        {
            return TestFunctionCatalog.Create(value.Function ?? throw new ArgumentBindingException("a test function was sent without its specification"));
        }
        catch (ArgumentException e)
        {
            throw new ArgumentBindingException(e.Message);
        }
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
