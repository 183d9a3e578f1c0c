using System.Globalization;
using Hw3.ReferenceSolutions.Q2.Network;

namespace Hw3.Grader.Checks.Kinds.ScaledMlp;

/// <summary>Both ScaledMLP multipliers at each fan-in the experiment uses: a student's, or the reference rule's.</summary>
public sealed record MultiplierValues(IReadOnlyList<int> FanIns, IReadOnlyList<double> Forward, IReadOnlyList<double> Init)
{
    /// <summary>The values as exact round-trip text, in fan-in order: what the experiment cache keys on.</summary>
    public string Key => string.Join(";", FanIns.Select((f, i) =>
        string.Create(CultureInfo.InvariantCulture, $"{f}:{Forward[i]:R},{Init[i]:R}")));

    /// <summary>The rule the experiment builds its ScaledMLP with; a fan-in outside the plan is a grader bug, never a student's.</summary>
    public ScaledMultipliers Multipliers => new(Lookup(Forward), Lookup(Init));

    private Func<int, double> Lookup(IReadOnlyList<double> values)
    {
        var byFanIn = FanIns.Zip(values).ToDictionary(p => p.First, p => p.Second);
        return fanIn => byFanIn.TryGetValue(fanIn, out var value)
            ? value
            : throw new InvalidOperationException($"the ScaledMLP experiment asked for a multiplier at fan-in {fanIn}, which was not planned");
    }
}
