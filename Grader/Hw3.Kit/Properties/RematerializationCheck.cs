using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using Hw3.Kit.Checking;

namespace Hw3.Kit.Properties;

/// <summary>
/// Q5, checked for consistency with the stated cost model, not against an answer: counts are whole numbers ≥ 0;
/// with every layer stored (k = 1) there is no fwd and one loadmem per layer (the template states both); and 5(c)'s
/// break-even time is the one your own 5(a) and 5(b) give (L loaddisks take as long as fwd·fwdNs + loadmem·loadMemNs).
/// </summary>
public sealed class RematerializationCheck : IPropertyCheck
{
    private static readonly (int Layers, int Every)[] Networks = [(10, 5), (12, 4), (7, 3), (6, 1), (3, 8)];
    private static readonly (double Fwd, double LoadMem)[] Times = [(20, 10), (3.5, 0.25)];
    private readonly string itemId;
    private readonly List<MemberCall> forward;
    private readonly List<MemberCall> loads;
    private readonly List<MemberCall> breakEven = [];

    public RematerializationCheck(string itemId, CallFactory factory)
    {
        this.itemId = itemId;
        forward = [.. Networks.Select(n => factory.Call("Q5.ForwardOps", n.Layers, n.Every))];
        loads = [.. Networks.Select(n => factory.Call("Q5.LoadMemOps", n.Layers, n.Every))];
        if (itemId == "q5c")
        {
            foreach (var (layers, every) in Networks)
            {
                foreach (var (fwd, loadMem) in Times)
                {
                    breakEven.Add(factory.Call("Q5.BreakEvenLoadDiskNs", WireValue.Of(layers), WireValue.Of(every), WireValue.Of(fwd), WireValue.Of(loadMem)));
                }
            }
        }
    }

    public static PropertyCheckInfo ForwardInfo { get; } = new(
        "that the counts are whole numbers ≥ 0 and that there is no recomputation when every layer is stored (k = 1)",
        "whether your count is right for k > 1");

    public static PropertyCheckInfo LoadInfo { get; } = new(
        "that the counts are whole numbers ≥ 0 and that with every layer stored there is one loadmem per layer",
        "whether your count is right for k > 1");

    public static PropertyCheckInfo BreakEvenInfo { get; } = new(
        "that your break-even time agrees with your own 5(a) and 5(b) under the stated cost model, on several networks",
        "whether 5(a) and 5(b) are right: a 5(c) consistent with wrong counts passes here and not when graded");

    public IReadOnlyList<MemberCall> Calls => itemId switch
    {
        "q5a" => forward,
        "q5b" => loads,
        _ => [.. forward, .. loads, .. breakEven],
    };

    public KitVerdict Judge(Answers answers)
    {
        var counts = new List<(long Forward, long Loads)>();
        for (var i = 0; i < Networks.Length; i++)
        {
            long f = 0, l = 0;
            string problem = "";
            if ((itemId != "q5b" && !answers.TryInt(forward[i], out f, out problem)) || (itemId != "q5a" && !answers.TryInt(loads[i], out l, out problem)))
            {
                return KitVerdict.Fail(itemId == "q5c" ? problem + "; 5(c) is checked against your own 5(a) and 5(b)" : problem);
            }

            if (f < 0 || l < 0)
            {
                var call = f < 0 ? forward[i] : loads[i];
                return KitVerdict.Fail($"{call.Key} returned {(f < 0 ? f : l)}; a number of operations is never negative");
            }

            if (Networks[i].Every == 1 && itemId == "q5a" && f != 0)
            {
                return KitVerdict.Fail($"{forward[i].Key} returned {f}: with every layer stored (k = 1) nothing has to be recomputed");
            }

            if (Networks[i].Every == 1 && itemId == "q5b" && l != Networks[i].Layers)
            {
                return KitVerdict.Fail($"{loads[i].Key} returned {l}: with every layer stored (k = 1) the backward pass loads each of the {Networks[i].Layers} layers once");
            }

            counts.Add((f, l));
        }

        if (itemId != "q5c")
        {
            return KitVerdict.Pass("consistent with the cost model; whether it is right for k > 1 is graded after submission");
        }

        for (var i = 0; i < breakEven.Count; i++)
        {
            var network = i / Times.Length;
            var (fwd, loadMem) = Times[i % Times.Length];
            if (!answers.TryDouble(breakEven[i], out var time, out var problem))
            {
                return KitVerdict.Fail(problem);
            }

            var (f, l) = counts[network];
            var layers = Networks[network].Layers;
            var remat = f * fwd + l * loadMem;
            if (Math.Abs(time * layers - remat) > 1e-9 * Math.Max(1, Math.Abs(remat)))
            {
                return KitVerdict.Fail($"{breakEven[i].Key} returned {Answers.Show(time)}: at that loaddisk time {layers} loaddisks take {Answers.Show(time * layers)} ns, but your own 5(a) and 5(b) ({f} fwd, {l} loadmem) take {Answers.Show(remat)} ns");
            }
        }

        return KitVerdict.Pass("agrees with your own 5(a) and 5(b) under the cost model; whether those are right is graded separately");
    }
}
