// HOSTILE CASE: static state as a channel between items. Q5.ForwardOps remembers its inputs; Q6.HoursSpent (a
// visible item graded after the after-due-date item q5.general) throws them in its message. The visible items' calls
// all run and answer before the first call of q5.general is sent (one runner, groups in order), so the message holds
// only the visible q5a input (10/5, once for q5a and once through q5c). Q1 and Q5 keep their credit.
using System;
using System.Collections.Generic;

public static class Q1
{
    // Each y_i = sum_j W_ij x_j has variance d1, so ||y||^2 / d2 has mean d1.
    public static double ExpectedRmsSquaredAtInit(int d1, int d2) => d1;

    public static double InitScale(int d1, int d2) => 1.0 / Math.Sqrt(d1);

    // y'_i = sign(g_i) * sum_j |x_j|, so RMS(y') = ||x||_1.
    // E[||x||_1^2] = sum_j E[x_j^2] + sum_{j != l} E|x_j| E|x_l| = d1 + d1 (d1 - 1) * 2/pi.
    public static double ExpectedSignUpdateRmsSquared(int d1, int d2)
    {
        double n = d1;
        return n + n * (n - 1) * 2.0 / Math.PI;
    }

    // E[RMS(y')] = E||x||_1 = d1 * sqrt(2/pi).
    public static double SignUpdateScale(int d1, int d2) => Math.Sqrt(Math.PI / 2.0) / d1;

    public static string WhyOnlyFanInMatters =>
        "The update sign(g x^T) is rank one: every row is +/- sign(x)^T. So each output coordinate is " +
        "+/- sum_j |x_j|, a sum of d1 terms that all add up coherently, which is why it grows like d1. " +
        "A larger d2 just adds more copies of the same magnitude with flipped signs, and the RMS norm " +
        "divides by d2, so d2 cancels out.";
}

public static class Q5
{
    // HOSTILE: every input this class is called with, kept in static state across calls.
    public static readonly List<string> Seen = new List<string>();

    // Backward pass: for layer i = L..1 load the last checkpoint c <= i (input = 0) and run i - c forwards.
    public static int ForwardOps(int layers, int checkpointEvery)
    {
        Seen.Add(layers + "/" + checkpointEvery);
        int total = 0;
        for (int i = layers; i >= 1; i--)
        {
            int checkpoint = i / checkpointEvery * checkpointEvery;
            total += i - checkpoint;
        }
        return total;
    }

    // one load per layer
    public static int LoadMemOps(int layers, int checkpointEvery) => layers;

    // disk: L loads; remat: F fwd + L loadmem
    public static double BreakEvenLoadDiskNs(int layers, int checkpointEvery, double fwdNs, double loadMemNs)
    {
        double rematTime = ForwardOps(layers, checkpointEvery) * fwdNs + LoadMemOps(layers, checkpointEvery) * loadMemNs;
        return rematTime / layers;
    }
}

public static class Q6
{
    public static string Sources => "Lecture notes.";

    public static string Collaborators => "Worked alone.";

    // HOSTILE: a visible item called after the after-due-date item q5.general, failing with everything Q5 was
    // called with. Run in the same runner, its message would show q5.general's inputs before the due date.
    public static double HoursSpent => throw new InvalidOperationException("Q5.ForwardOps was called with " + string.Join(", ", Q5.Seen));
}
