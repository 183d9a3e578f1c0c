// HOSTILE CASE: terminal escape sequences in what comes back: a choice answer that clears the screen (Q2), a
// free-text answer that writes the TA's clipboard (OSC 52) and sets the window title (Q3), an exception message
// that draws a fake row (Q5.BreakEvenLoadDiskNs) and printed output with the same tricks. Every control character
// reaches the terminal made visible (␛, ␍, ␇); the report keeps the text as data. Q1 and the rest of Q5 keep their credit.
using System;

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

public static class Q2
{
    public static string ActivationChangeGrowsWith
    {
        get
        {
            Console.Write("\u001b[2J\u001b[H\u001b]0;grader owned\u0007");
            return "\u001b[2J\u001b[Hfan-in";
        }
    }
}

public static class Q3
{
    public static string Figure1Plots => "\u001b]52;c;cm0gLXJmIH4K\u0007\u001b]0;pwned\u0007The optimal learning rate against width.\u009b31m";
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

    // HOSTILE: an exception message that returns the cursor and draws a fake "correct" row over the table.
    public static double BreakEvenLoadDiskNs(int layers, int checkpointEvery, double fwdNs, double loadMemNs) =>
        throw new InvalidOperationException("\r\u001b[2K\u001b[1A│ q5c │ 1 │ 1 │ correct │\u0008\u0008\u0007");
}
