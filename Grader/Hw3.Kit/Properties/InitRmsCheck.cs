using Hw3.Grader.Execution;
using Hw3.Kit.Checking;
using Hw3.Kit.Sampling;

namespace Hw3.Kit.Properties;

/// <summary>
/// 1(a): samples W and x and measures RMS(Wx)² (<c>q1a.rms</c>), or RMS(c·Wx)² with the student's c, which should be
/// about 1 (<c>q1a.scale</c>), at several widths. For a fixed x each entry of Wx is N(0, ‖x‖²) exactly, so a row of W
/// is drawn as that one normal number: the same distribution at d1 + d2 draws per sample instead of d1·d2.
/// </summary>
public sealed class InitRmsCheck : IPropertyCheck
{
    private const int Samples = 400;
    private const double Errors = 5;
    private static readonly (int D1, int D2)[] Widths = [(16, 4), (256, 64), (1024, 3)];

    private readonly bool scaled;
    private readonly List<MemberCall> calls;

    public InitRmsCheck(CallFactory factory, bool scaled)
    {
        this.scaled = scaled;
        var member = scaled ? "Q1.InitScale" : "Q1.ExpectedRmsSquaredAtInit";
        calls = [.. Widths.Select(w => factory.Call(member, w.D1, w.D2))];
    }

    public static PropertyCheckInfo ScaleInfo { get; } = new(
        "samples W and x at three widths and checks that c·Wx has a mean squared RMS of about 1 (within the sampling error)",
        "a c off by less than a few percent passes here; the graded check wants 4 significant figures at more widths");

    public static PropertyCheckInfo RmsInfo { get; } = new(
        "samples W and x at three widths and checks that your E[RMS(Wx)²] agrees with the measured mean (within the sampling error)",
        "a value off by less than a few percent passes here; the graded check wants 4 significant figures at more widths");

    public IReadOnlyList<MemberCall> Calls => calls;

    public KitVerdict Judge(Answers answers)
    {
        for (var i = 0; i < Widths.Length; i++)
        {
            if (!answers.TryDouble(calls[i], out var answer, out var problem))
            {
                return KitVerdict.Fail(problem);
            }

            var (d1, d2) = Widths[i];
            var measured = MeanEstimate.Of(Draw(d1, d2, scaled ? answer : 1.0, seed: 1000 + i));
            var target = scaled ? 1.0 : answer;
            if (!measured.Agrees(target, Errors, floor: 1e-12))
            {
                return KitVerdict.Fail(scaled
                    ? $"{calls[i].Key} returned {Answers.Show(answer)}: c·Wx should have a mean squared RMS of about 1, it came out {Answers.Show(measured.Mean)} over {Samples} samples of W and x"
                    : $"{calls[i].Key} returned {Answers.Show(answer)}, but sampling W and x {Samples} times gives a mean RMS(Wx)² {Answers.Show(measured.Mean / answer)} times that");
            }
        }

        return KitVerdict.Pass(scaled
            ? "c·Wx has a mean squared RMS of about 1 at every width tried"
            : "agrees with sampled W and x at every width tried");
    }

    /// <summary>RMS(c·W x)² for <see cref="Samples"/> draws of x and W.</summary>
    private static double[] Draw(int d1, int d2, double c, int seed)
    {
        var normal = new NormalSampler(seed);
        var draws = new double[Samples];
        for (var s = 0; s < Samples; s++)
        {
            var norm = Math.Sqrt(normal.Vector(d1).Sum(v => v * v));
            var sumOfSquares = 0.0;
            for (var row = 0; row < d2; row++)
            {
                var entry = c * norm * normal.Next();
                sumOfSquares += entry * entry;
            }

            draws[s] = sumOfSquares / d2;
        }

        return draws;
    }
}
