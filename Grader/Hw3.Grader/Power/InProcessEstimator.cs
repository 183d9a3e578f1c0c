using Hw3.Grader.Grading;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.References;
using Hw3.ReferenceSolutions.Q4.Estimators;

namespace Hw3.Grader.Power;

/// <summary>
/// Answers a statistical check's calls with an estimator variant run in this process, on the same seeded streams a
/// runner would build (<c>new Random(seed)</c>): what a student's estimator returns, without compiling or starting anything.
/// </summary>
public static class InProcessEstimator
{
    public const string SubmissionName = "power";

    public static CallResults Run(EstimatorVariant variant, IEnumerable<MemberCall> calls) =>
        new(calls.DistinctBy(c => c.Key).ToDictionary(c => c.Key, c => Answer(variant, c), StringComparer.Ordinal), SubmissionName);

    /// <summary>
    /// The answers of a variant that is <see cref="EstimatorVariant.ScaledFrom"/> another, made from that one's answers on the
    /// same calls by the same multiplication (<see cref="EstimatorVariants.Times"/>): the same numbers, without drawing again.
    /// </summary>
    public static CallResults Scale(EstimatorVariant variant, CallResults answersOfBase, IEnumerable<MemberCall> calls) =>
        new(calls.DistinctBy(c => c.Key).ToDictionary(c => c.Key, c => CallOutcome.Returned(WireValue.Of(EstimatorVariants.Times(variant.Factor, answersOfBase[c].Value!.Numbers!)), 0), StringComparer.Ordinal), SubmissionName);

    private static CallOutcome Answer(EstimatorVariant variant, MemberCall call)
    {
        var a = new CallArguments(call);
        var value = call.MemberName switch
        {
            "EstimateGradientScoreFunction" => variant.ScoreFunction(a.Function(0).Value, a.Array(1), a.Double(2), a.Int(3), a.Random(4)),
            "EstimateGradientReparameterization" => variant.Reparameterization(a.Function(0).Gradient, a.Array(1), a.Double(2), a.Int(3), a.Random(4)),
            _ => throw new ArgumentException($"{call.TypeName}.{call.MemberName} is not a Q4 estimator", nameof(call)),
        };
        return CallOutcome.Returned(WireValue.Of(value), 0);
    }
}
