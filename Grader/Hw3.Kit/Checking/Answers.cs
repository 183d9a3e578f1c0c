using System.Globalization;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Kit.Checking;

/// <summary>
/// What came back from the student's code, by call. Each accessor gives the value or, when the call did not return
/// one of the right kind, the sentence that says so (the call as the C# expression the student can run with
/// <c>eval</c>, and what happened instead).
/// </summary>
public sealed class Answers(IReadOnlyDictionary<string, CallOutcome> outcomes)
{
    public bool TryDouble(MemberCall call, out double value, out string problem)
    {
        value = double.NaN;
        if (!TryValue(call, out var wire, out problem))
        {
            return false;
        }

        if (wire.Kind is WireKind.Double or WireKind.Int)
        {
            value = wire.Kind == WireKind.Int ? wire.Integer ?? 0 : wire.Number ?? double.NaN;
            if (double.IsFinite(value))
            {
                return true;
            }

            problem = $"{call.Key} returned {Show(value)}; an answer must be a finite number";
            return false;
        }

        problem = $"{call.Key} returned {Describe(wire)}, not a number";
        return false;
    }

    public bool TryInt(MemberCall call, out long value, out string problem)
    {
        value = 0;
        if (!TryValue(call, out var wire, out problem))
        {
            return false;
        }

        if (wire.Kind == WireKind.Int)
        {
            value = wire.Integer ?? 0;
            return true;
        }

        problem = $"{call.Key} returned {Describe(wire)}, not a whole number";
        return false;
    }

    public bool TryArray(MemberCall call, int length, out double[] value, out string problem)
    {
        value = [];
        if (!TryValue(call, out var wire, out problem))
        {
            return false;
        }

        if (wire.Kind != WireKind.DoubleArray || wire.Numbers is null)
        {
            problem = $"{call.Key} returned {Describe(wire)}, not a double[]";
            return false;
        }

        if (wire.Numbers.Length != length)
        {
            problem = $"{call.Key} returned an array of length {wire.Numbers.Length}; it should have length {length} (the length of mu)";
            return false;
        }

        var bad = Array.FindIndex(wire.Numbers, n => !double.IsFinite(n));
        if (bad >= 0)
        {
            problem = $"{call.Key} returned {Show(wire.Numbers[bad])} at index {bad}; every entry must be a finite number";
            return false;
        }

        value = wire.Numbers;
        return true;
    }

    /// <summary>Every call's array, each of that length, or (false) the first call's problem.</summary>
    public bool TryArrays(IReadOnlyList<MemberCall> calls, int length, out double[][] values, out string problem)
    {
        values = new double[calls.Count][];
        problem = "";
        for (var i = 0; i < calls.Count; i++)
        {
            if (!TryArray(calls[i], length, out values[i], out problem))
            {
                return false;
            }
        }

        return true;
    }

    public bool TryString(MemberCall call, out string value, out string problem)
    {
        value = "";
        if (!TryValue(call, out var wire, out problem))
        {
            return false;
        }

        if (wire.Kind == WireKind.String && wire.Text is not null)
        {
            value = wire.Text;
            return true;
        }

        problem = $"{call.Key} returned {Describe(wire)}, not a string";
        return false;
    }

    public bool TryBool(MemberCall call, out bool value, out string problem)
    {
        value = false;
        if (!TryValue(call, out var wire, out problem))
        {
            return false;
        }

        if (wire.Kind == WireKind.Bool)
        {
            value = wire.Flag ?? false;
            return true;
        }

        problem = $"{call.Key} returned {Describe(wire)}, not true or false";
        return false;
    }

    private bool TryValue(MemberCall call, out WireValue value, out string problem)
    {
        value = WireValue.Null;
        problem = "";
        if (!outcomes.TryGetValue(call.Key, out var outcome))
        {
            problem = $"{call.Key} was not run";
            return false;
        }

        switch (outcome.Status)
        {
            case CallStatus.Returned when outcome.Value is { } returned:
                value = returned;
                return true;
            case CallStatus.Threw when outcome.ExceptionType is "System.NotImplementedException" or "NotImplementedException":
                problem = $"{call.Key} is not written yet (it throws NotImplementedException)";
                return false;
            case CallStatus.Threw:
                problem = $"{call.Key} threw {ShortName(outcome.ExceptionType)}: {outcome.Message}";
                return false;
            default:
                problem = $"{call.Key} {outcome.Message ?? "did not return"}";
                return false;
        }
    }

    private static string ShortName(string? type) => type is null ? "an exception" : type[(type.LastIndexOf('.') + 1)..];

    private static string Describe(WireValue value) => value.Kind switch
    {
        WireKind.Null => "null",
        WireKind.String => "a string",
        WireKind.Bool => "a bool",
        WireKind.DoubleArray => "an array",
        WireKind.Double or WireKind.Int => "a number",
        _ => "a value of another type",
    };

    public static string Show(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
