using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using Hw3.Kit.Checking;
using Hw3.Kit.Properties;
using Hw3.TestFunctions;

namespace Hw3.Grader.Tests.StudentKit;

/// <summary>Answers a kit check's calls in process with formulas given by a test, standing in for a student's file.</summary>
public static class FakeStudent
{
    public static KitVerdict Judge(IPropertyCheck check, Func<MemberCall, WireValue> answer) =>
        check.Judge(new Answers(check.Calls.DistinctBy(c => c.Key).ToDictionary(c => c.Key, c => CallOutcome.Returned(answer(c), 0))));

    public static int Int(this MemberCall call, int index) => (int)(call.Arguments[index].Integer ?? 0);

    public static double Double(this MemberCall call, int index) => call.Arguments[index].Number ?? double.NaN;

    public static double[] Array(this MemberCall call, int index) => call.Arguments[index].Numbers!;

    public static TestFunction Function(this MemberCall call, int index) => TestFunctionCatalog.Create(call.Arguments[index].Function!);

    public static Random Rng(this MemberCall call, int index) => new(call.Arguments[index].Seed ?? 0);
}
