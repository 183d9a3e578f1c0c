using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using Hw3.Kit.Checking;
using Hw3.Kit.Manifest;

namespace Hw3.Kit.Properties;

/// <summary>
/// 2(c): a learning rate is a positive, finite number, and it is the base learning rate times a factor of the
/// widths (the template's form): doubling baseLr doubles it. Which factor is right is what training tells, which
/// the grader does (it trains a network at several widths with your rates); the kit does not.
/// </summary>
public sealed class LearningRateCheck : IPropertyCheck
{
    private static readonly (double BaseLr, int FanIn, int FanOut)[] Inputs = [(0.01, 64, 128), (0.02, 64, 128), (0.003, 512, 32), (0.006, 512, 32)];
    private readonly List<MemberCall> calls;

    public LearningRateCheck(KitItem item, CallFactory factory)
    {
        var member = item.Members.Single();
        calls = [.. Inputs.Select(i => factory.Call(member, WireValue.Of(i.BaseLr), WireValue.Of(i.FanIn), WireValue.Of(i.FanOut)))];
    }

    public static PropertyCheckInfo Info { get; } = new(
        "that the rate is a positive number and proportional to baseLr (doubling baseLr doubles it)",
        "whether its width factor is μP's: the graded check trains a small network at several widths with your rates and checks that each layer's change is flat across widths");

    public IReadOnlyList<MemberCall> Calls => calls;

    public KitVerdict Judge(Answers answers)
    {
        for (var i = 0; i < calls.Count; i += 2)
        {
            if (!answers.TryDouble(calls[i], out var single, out var problem) || !answers.TryDouble(calls[i + 1], out var doubled, out problem))
            {
                return KitVerdict.Fail(problem);
            }

            if (single <= 0)
            {
                return KitVerdict.Fail($"{calls[i].Key} returned {Answers.Show(single)}; a learning rate is a positive number");
            }

            if (Math.Abs(doubled - 2 * single) > 1e-9 * Math.Abs(doubled))
            {
                return KitVerdict.Fail($"{calls[i + 1].Key} returned {Answers.Show(doubled)}, not twice {calls[i].Key} ({Answers.Show(single)}): the rate should be baseLr times a factor of the widths");
            }
        }

        return KitVerdict.Pass("a positive rate proportional to baseLr; whether its width factor is μP's is graded after submission");
    }
}
