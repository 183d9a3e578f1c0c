using Hw3.Grader.Protocol.Values;
using Hw3.ReferenceSolutions.Q4;
using Hw3.ReferenceSolutions.Q5;

namespace Hw3.Grader.References;

/// <summary>
/// Known wrong answers, as formulas, so feedback can name a mistake when a student's values match one
/// on every input. These are mistakes, not answers: none of them is a reference.
/// </summary>
public sealed class MistakeCatalog() : FormulaCatalog("mistake-formulas", Formulas)
{
    private static readonly Dictionary<string, Func<CallArguments, WireValue>> Formulas = new(StringComparer.Ordinal)
    {
        // Q1(a): E[RMS²] and its scale.
        ["q1.d1-times-d2"] = a => WireValue.Of((double)a.Int(0) * a.Int(1)),
        ["q1.d2"] = a => WireValue.Of((double)a.Int(1)),
        ["q1.inverse-sqrt-d1-d2"] = a => WireValue.Of(1 / Math.Sqrt((double)a.Int(0) * a.Int(1))),
        ["q1.inverse-sqrt-d2"] = a => WireValue.Of(1 / Math.Sqrt(a.Int(1))),
        ["q1.inverse-d1"] = a => WireValue.Of(1.0 / a.Int(0)),
        // Q1(b): treating the correlated update like a random one, or the squared norm without 2/π.
        ["q1b.d1"] = a => WireValue.Of((double)a.Int(0)),
        ["q1b.d1-squared"] = a => WireValue.Of((double)a.Int(0) * a.Int(0)),
        ["q1b.d1-squared-times-d2"] = a => WireValue.Of((double)a.Int(0) * a.Int(0) * a.Int(1)),
        ["q1b.inverse-sqrt-d1"] = a => WireValue.Of(1 / Math.Sqrt(a.Int(0))),
        ["q1b.inverse-sqrt-d1-d2"] = a => WireValue.Of(1 / Math.Sqrt((double)a.Int(0) * a.Int(1))),
        ["q1b.inverse-d2"] = a => WireValue.Of(1.0 / a.Int(1)),
        // Q2(c): the hidden-layer rule with the wrong power of fan-in, or none.
        ["q2.lr-inverse-sqrt-fan-in"] = a => WireValue.Of(a.Double(0) / Math.Sqrt(a.Int(1))),
        ["q2.lr-constant"] = a => WireValue.Of(a.Double(0)),
        ["q2.lr-inverse-fan-out"] = a => WireValue.Of(a.Double(0) / a.Int(2)),
        // Q4(a): dividing by σ instead of σ²; forgetting σ in the reparameterization.
        ["q4.score-over-sigma"] = a => WireValue.Of(Q4Reference.ScoreFunctionIntegrand(a.Function(0).Value, a.Array(1), a.Array(2), a.Double(3)).Select(v => v * a.Double(3)).ToArray()),
        ["q4.reparameterization-without-sigma"] = a => WireValue.Of(a.Function(0).Value(a.Array(1).Zip(a.Array(2), (e, m) => m + e).ToArray())),
        ["q4.gaussian-reparameterization-without-sigma"] = a => WireValue.Of(a.Array(0).Zip(a.Array(1), (z, m) => m + z).ToArray()),
        // Q5: counting the initial forward pass, recomputing from the input, counting loads of checkpoints only.
        ["q5.fwd-with-initial-pass"] = a => WireValue.Of(Q5Reference.ForwardOps(a.Int(0), a.Int(1)) + a.Int(0)),
        ["q5.fwd-from-input"] = a => WireValue.Of(a.Int(0) * (a.Int(0) + 1) / 2),
        ["q5.loadmem-checkpoints-only"] = a => WireValue.Of(a.Int(0) / a.Int(1)),
        ["q5.loadmem-skipping-stored"] = a => WireValue.Of(a.Int(0) - a.Int(0) / a.Int(1)),
        ["q5.disk-with-checkpoint-loads"] = a => BreakEven(a, a.Int(0) / a.Int(1)),
        ["q5.disk-skipping-stored"] = a => BreakEven(a, a.Int(0) - a.Int(0) / a.Int(1)),
    };

    private static WireValue BreakEven(CallArguments a, int loads) =>
        WireValue.Of((a.Double(2) * Q5Reference.ForwardOps(a.Int(0), a.Int(1)) + a.Double(3) * loads) / a.Int(0));
}
