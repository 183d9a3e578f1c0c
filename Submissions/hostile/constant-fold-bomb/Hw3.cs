// HOSTILE CASE: a 2 KB file whose string constant folds to 2^29 characters (1 GB in the compiler).
using System;
using System.Collections.Generic;
using System.Linq;

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
    // Backward pass: for layer i = L..1 load the last checkpoint c <= i (input = 0) and run i - c forwards.
    public static int ForwardOps(int layers, int checkpointEvery)
    {
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
    public static string Sources => "Lecture notes and discussion 3, the Tensor Programs V paper, and the spectral condition paper.";

    public static string Collaborators => "Worked alone.";

    public static double HoursSpent => 9.5;
}



public static class Bomb
{
    private const string A0 = "0123456789abcdef0123456789abcdef";
    private const string A1 = A0 + A0;
    private const string A2 = A1 + A1;
    private const string A3 = A2 + A2;
    private const string A4 = A3 + A3;
    private const string A5 = A4 + A4;
    private const string A6 = A5 + A5;
    private const string A7 = A6 + A6;
    private const string A8 = A7 + A7;
    private const string A9 = A8 + A8;
    private const string A10 = A9 + A9;
    private const string A11 = A10 + A10;
    private const string A12 = A11 + A11;
    private const string A13 = A12 + A12;
    private const string A14 = A13 + A13;
    private const string A15 = A14 + A14;
    private const string A16 = A15 + A15;
    private const string A17 = A16 + A16;
    private const string A18 = A17 + A17;
    private const string A19 = A18 + A18;
    private const string A20 = A19 + A19;
    private const string A21 = A20 + A20;
    private const string A22 = A21 + A21;
    private const string A23 = A22 + A22;
    private const string A24 = A23 + A23;
    // 2^29 characters once folded: the compiler builds the whole string.
    public static int Length => A24.Length;
}
