using Hw3.Grader.Execution;
using Hw3.Kit.Checking;
using Hw3.Kit.Sampling;

namespace Hw3.Kit.Properties;

/// <summary>
/// 1(b): builds the SignGD update U = sign(g xᵀ) from sampled x and a fixed g with no zero entry, and measures the
/// RMS of y' = U x. <c>q1b.rms</c>: the student's E[RMS(y')²] against the measured mean. <c>q1b.scale</c>: c·y' should
/// have an RMS of order one that does not change with width (any of the template's three normalisations does).
/// Widths start at d1 = 64, where the exact form and its leading term, both accepted, differ by under 1 %.
/// </summary>
public sealed class SignUpdateCheck : IPropertyCheck
{
    private const int Samples = 200;
    private const double Errors = 5;
    private const double RelativeFloor = 0.02;
    private const double Flatness = 1.10;
    private static readonly (int D1, int D2)[] Widths = [(64, 5), (256, 1), (1024, 40)];

    private readonly bool scaled;
    private readonly List<MemberCall> calls;

    public SignUpdateCheck(CallFactory factory, bool scaled)
    {
        this.scaled = scaled;
        var member = scaled ? "Q1.SignUpdateScale" : "Q1.ExpectedSignUpdateRmsSquared";
        calls = [.. Widths.Select(w => factory.Call(member, w.D1, w.D2))];
    }

    public static PropertyCheckInfo RmsInfo { get; } = new(
        "builds sign(g xᵀ) from sampled x at three widths (d1 from 64) and checks that your E[RMS(y')²] agrees with the measured mean within 2 %",
        "it does not try small d1, and it cannot tell the exact form from its leading term (the graded check gives each its credit)");

    public static PropertyCheckInfo ScaleInfo { get; } = new(
        "measures RMS(c·y') at three widths and checks that it is of order one (between 0.5 and 2) and the same at every width (within 10 %)",
        "it accepts any constant factor in that range; the graded check wants one of the three normalisations the template names, to 4 significant figures");

    public IReadOnlyList<MemberCall> Calls => calls;

    public KitVerdict Judge(Answers answers)
    {
        var rmsByWidth = new List<(MemberCall Call, double Answer, double Rms)>();
        for (var i = 0; i < Widths.Length; i++)
        {
            if (!answers.TryDouble(calls[i], out var answer, out var problem))
            {
                return KitVerdict.Fail(problem);
            }

            var (d1, d2) = Widths[i];
            var squares = Draw(d1, d2, seed: 2000 + i);
            if (!scaled)
            {
                var measured = MeanEstimate.Of(squares);
                if (!measured.Agrees(answer, Errors, floor: RelativeFloor * Math.Abs(measured.Mean)))
                {
                    return KitVerdict.Fail($"{calls[i].Key} returned {Answers.Show(answer)}, but sampling x {Samples} times gives a mean RMS(y')² {Answers.Show(measured.Mean / answer)} times that");
                }

                continue;
            }

            var rms = Math.Abs(answer) * squares.Average(Math.Sqrt);
            if (rms is < 0.5 or > 2)
            {
                return KitVerdict.Fail($"{calls[i].Key} returned {Answers.Show(answer)}: c·y' should have an RMS of order one, it came out {Answers.Show(rms)} over {Samples} samples of x");
            }

            rmsByWidth.Add((calls[i], answer, rms));
        }

        if (scaled)
        {
            var low = rmsByWidth.MinBy(r => r.Rms);
            var high = rmsByWidth.MaxBy(r => r.Rms);
            if (high.Rms > Flatness * low.Rms)
            {
                return KitVerdict.Fail($"the RMS of c·y' changes with width: {Answers.Show(low.Rms)} for {low.Call.Key} but {Answers.Show(high.Rms)} for {high.Call.Key}; the scale should make it the same at every width");
            }

            return KitVerdict.Pass("c·y' has an RMS of order one, the same at every width tried");
        }

        return KitVerdict.Pass("agrees with the sampled sign update at every width tried");
    }

    /// <summary>RMS(y')² for <see cref="Samples"/> draws of x, with y' = sign(g xᵀ) x and g alternating in sign (no zero entry).</summary>
    private static double[] Draw(int d1, int d2, int seed)
    {
        var normal = new NormalSampler(seed);
        var g = Enumerable.Range(0, d2).Select(i => i % 2 == 0 ? 1.0 + i : -0.5 - i).ToArray();
        var draws = new double[Samples];
        for (var s = 0; s < Samples; s++)
        {
            var x = normal.Vector(d1);
            var sumOfSquares = 0.0;
            for (var row = 0; row < d2; row++)
            {
                var entry = 0.0;
                for (var column = 0; column < d1; column++)
                {
                    entry += Math.Sign(g[row] * x[column]) * x[column];
                }

                sumOfSquares += entry * entry;
            }

            draws[s] = sumOfSquares / d2;
        }

        return draws;
    }
}
