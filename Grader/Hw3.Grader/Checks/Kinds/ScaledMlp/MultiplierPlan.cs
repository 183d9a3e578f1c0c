using Hw3.Grader.AnswerApi;
using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.ReferenceSolutions.Q2.Network;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.Grader.Checks.Kinds.ScaledMlp;

/// <summary>
/// The calls the ScaledMLP experiment needs: both multipliers at the fan-in of every layer that produces a hidden
/// activation (the output layer is never scaled). Only these numbers cross from the runner; the grader builds and trains.
/// </summary>
public sealed class MultiplierPlan
{
    public MultiplierPlan(AnswerMember forward, AnswerMember init, ScaledMlpSettings settings)
    {
        var config = settings.Experiment;
        var data = config.Data.Synthetic;
        FanIns = new NetworkShape(data.InputDim, config.HiddenWidths, data.ClassCount).Layers
            .Where(l => l.Kind != LayerKind.Output).Select(l => l.FanIn).Distinct().Order().ToList();
        ForwardCalls = FanIns.Select(f => Call(forward, f)).ToList();
        InitCalls = FanIns.Select(f => Call(init, f)).ToList();
    }

    /// <summary>In increasing order: a stable order for messages and for the cache key.</summary>
    public IReadOnlyList<int> FanIns { get; }

    public IReadOnlyList<MemberCall> ForwardCalls { get; }

    public IReadOnlyList<MemberCall> InitCalls { get; }

    public IReadOnlyList<MemberCall> Calls => [.. ForwardCalls, .. InitCalls];

    /// <summary>What the student's calls returned (each a number: checked before).</summary>
    public MultiplierValues From(CallResults results) => new(
        FanIns,
        ForwardCalls.Select(c => results[c].Value!.AsDouble() ?? double.NaN).ToList(),
        InitCalls.Select(c => results[c].Value!.AsDouble() ?? double.NaN).ToList());

    /// <summary>The reference ScaledMLP's multipliers on the same fan-ins, so that a student whose values equal them shares its experiment.</summary>
    public MultiplierValues Reference() => new(
        FanIns, FanIns.Select(ScaledMlpRule.ForwardMultiplier).ToList(), FanIns.Select(ScaledMlpRule.InitMultiplier).ToList());

    private static MemberCall Call(AnswerMember member, int fanIn) =>
        new(member.TypeName, member.MemberName, member.ParameterTypes, [WireValue.Of(fanIn)]);
}
