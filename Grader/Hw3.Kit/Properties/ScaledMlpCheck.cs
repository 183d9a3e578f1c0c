using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using Hw3.Kit.Checking;

namespace Hw3.Kit.Properties;

/// <summary>
/// 2(d): the forward multiplier and the init multiplier must leave the forward pass at initialisation unchanged, so
/// their product is 1 at every fan-in; and the multiplier must change with fan-in (a constant 1 changes nothing).
/// </summary>
public sealed class ScaledMlpCheck : IPropertyCheck
{
    private static readonly int[] FanIns = [16, 128, 1024];
    private readonly List<MemberCall> forward;
    private readonly List<MemberCall> init;

    public ScaledMlpCheck(CallFactory factory)
    {
        forward = [.. FanIns.Select(n => factory.Call("Q2.ScaledForwardMultiplier", WireValue.Of(n)))];
        init = [.. FanIns.Select(n => factory.Call("Q2.ScaledInitMultiplier", WireValue.Of(n)))];
    }

    public static PropertyCheckInfo Info { get; } = new(
        "that forward multiplier × init multiplier is 1 at every fan-in tried (the forward pass at initialisation is unchanged) and that the multiplier changes with fan-in",
        "whether the multiplier's power of fan-in is the one ScaledMLP needs");

    public IReadOnlyList<MemberCall> Calls => [.. forward, .. init];

    public KitVerdict Judge(Answers answers)
    {
        var multipliers = new List<double>();
        for (var i = 0; i < FanIns.Length; i++)
        {
            if (!answers.TryDouble(forward[i], out var f, out var problem) || !answers.TryDouble(init[i], out var w, out problem))
            {
                return KitVerdict.Fail(problem);
            }

            if (Math.Abs(f * w - 1) > 1e-6)
            {
                return KitVerdict.Fail($"{forward[i].Key} × {init[i].Key} is {Answers.Show(f * w)}; it should be 1, so that the forward pass at initialisation is unchanged");
            }

            multipliers.Add(f);
        }

        if (multipliers.Max() - multipliers.Min() <= 1e-9 * Math.Abs(multipliers.Max()))
        {
            return KitVerdict.Fail($"{forward[0].Key} is the same at every fan-in tried; the multiplier should depend on the layer's fan-in");
        }

        return KitVerdict.Pass("the two multipliers leave the forward pass at initialisation unchanged");
    }
}
