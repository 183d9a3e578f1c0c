using Hw3.Grader.AnswerApi;
using Hw3.Grader.Checks;
using Hw3.Grader.Cli;
using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.References;
using Hw3.Grader.Tests.Rubrics;
using Hw3.ReferenceSolutions.Q4;

namespace Hw3.Grader.Tests.Checks;

/// <summary>
/// A student implementation computed in this process, no runner involved: answer-API member id → answer.
/// <see cref="Reference"/> answers like the reference solution; tests replace single members with a
/// mistake or an outcome (a throw, a timeout, a crash) and score the real rubric's checks on the results.
/// </summary>
internal sealed class FakeStudent
{
    public const string SubmissionName = "fake";

    private readonly IReadOnlyDictionary<string, Func<MemberCall, CallOutcome>> _members;

    private FakeStudent(IReadOnlyDictionary<string, Func<MemberCall, CallOutcome>> members) => _members = members;

    /// <summary>The reference answers; free text and completion members answer with plain sentences and 7.5 hours.</summary>
    public static FakeStudent Reference { get; } = new(AnswerApiCatalog.Members.ToDictionary(
        m => m.Id, m => Returning(ReferenceAnswer(m)), StringComparer.Ordinal));

    public FakeStudent With(string memberId, Func<CallArguments, WireValue> answer) =>
        Replace(memberId, Returning(call => answer(new CallArguments(call))));

    public FakeStudent With(string memberId, Func<CallArguments, double> answer) =>
        With(memberId, a => WireValue.Of(answer(a)));

    public FakeStudent With(string memberId, Func<CallArguments, double[]> answer) =>
        With(memberId, a => WireValue.Of(answer(a)));

    /// <summary>The member always returns this value (a property's answer, say).</summary>
    public FakeStudent Answering(string memberId, WireValue value) => Replace(memberId, _ => CallOutcome.Returned(value, 0.1));

    /// <summary>Every call of the member ends this way (thrown, timed out, crashed…).</summary>
    public FakeStudent Failing(string memberId, CallOutcome outcome) => Replace(memberId, _ => outcome);

    public CallOutcome Answer(MemberCall call) => _members[call.TypeName + "." + call.MemberName](call);

    public CallResults Run(IEnumerable<MemberCall> calls) =>
        new(calls.DistinctBy(c => c.Key).ToDictionary(c => c.Key, Answer, StringComparer.Ordinal), SubmissionName);

    public ItemResult Grade(ICheck check) => check.Score(Run(check.PlanCalls()));

    /// <summary>Scores one item of the real rubric.</summary>
    public ItemResult Grade(string itemId) => Grade(RealRubric.Check(itemId));

    public static CallOutcome NotImplemented { get; } =
        CallOutcome.Failed(CallStatus.Threw, "The method or operation is not implemented.", nameof(NotImplementedException));

    private FakeStudent Replace(string memberId, Func<MemberCall, CallOutcome> answer)
    {
        AnswerApiCatalog.TryGet(memberId, out _).Should().BeTrue($"{memberId} is an answer-API member");
        var members = new Dictionary<string, Func<MemberCall, CallOutcome>>(_members, StringComparer.Ordinal) { [memberId] = answer };
        return new FakeStudent(members);
    }

    /// <summary>Like the runner: a value, or the exception the member threw.</summary>
    private static Func<MemberCall, CallOutcome> Returning(Func<MemberCall, WireValue> answer) => call =>
    {
        try
        {
            return CallOutcome.Returned(answer(call), 0.1);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or ArithmeticException or NotImplementedException)
        {
            return CallOutcome.Failed(CallStatus.Threw, e.Message, e.GetType().Name);
        }
    };

    private static Func<MemberCall, WireValue> ReferenceAnswer(AnswerMember member) => member.Id switch
    {
        "Q4.EstimateGradientScoreFunction" => call =>
        {
            var a = new CallArguments(call);
            return WireValue.Of(Q4Reference.EstimateGradientScoreFunction(a.Function(0).Value, a.Array(1), a.Double(2), a.Int(3), a.Random(4)));
        },
        "Q4.EstimateGradientReparameterization" => call =>
        {
            var a = new CallArguments(call);
            return WireValue.Of(Q4Reference.EstimateGradientReparameterization(a.Function(0).Gradient, a.Array(1), a.Double(2), a.Int(3), a.Random(4)));
        },
        "Q6.HoursSpent" => _ => WireValue.Of(7.5),
        _ when GraderServices.References.Contains(member.Id) => call => GraderServices.References.Evaluate(member.Id, call),
        _ when member.ReturnType == "string" => _ => WireValue.Of($"A considered answer to {member.Id}."),
        _ => throw new InvalidOperationException($"the fake student has no answer for {member.Id}"),
    };
}
