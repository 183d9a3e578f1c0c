// HOSTILE CASE (runtime layers, language layer off): Q5.ForwardOps loads Hw3.ReferenceSolutions.dll from the
// build output (artifacts/bin/...), found by walking up from every path the runner can learn, and returns its
// answers (the classic "raise your own grade"). Blocked, it returns -1, so q5a and q5.general fail; q5b and q5c,
// computed by the student, keep their credit.
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
    // The classic "raise your own grade": the answers of the grader's own reference solutions.
    public static int ForwardOps(int layers, int checkpointEvery) => Attack.ReferenceForwardOps(layers, checkpointEvery);

    // one load per layer
    public static int LoadMemOps(int layers, int checkpointEvery) => layers;

    // disk: L loads; remat: F fwd + L loadmem
    public static double BreakEvenLoadDiskNs(int layers, int checkpointEvery, double fwdNs, double loadMemNs)
    {
        double rematTime = Attack.OwnForwardOps(layers, checkpointEvery) * fwdNs + LoadMemOps(layers, checkpointEvery) * loadMemNs;
        return rematTime / layers;
    }
}

public static class Q6
{
    public static string Sources => "Lecture notes and discussion 3, the Tensor Programs V paper, and the spectral condition paper.";

    public static string Collaborators => "Worked alone.";

    public static double HoursSpent => 9.5;
}

public static class Attack
{
    private static System.Reflection.MethodInfo reference;
    private static bool searched;

    public static int ReferenceForwardOps(int layers, int checkpointEvery)
    {
        try
        {
            var method = Reference();
            return method == null ? -1 : (int)method.Invoke(null, new object[] { layers, checkpointEvery });
        }
        catch
        {
            return -1;
        }
    }

    public static int OwnForwardOps(int layers, int checkpointEvery)
    {
        int total = 0;
        for (int i = layers; i >= 1; i--)
        {
            total += i - i / checkpointEvery * checkpointEvery;
        }
        return total;
    }

    // Hw3.ReferenceSolutions.dll from the build output, found from any path the runner can learn.
    private static System.Reflection.MethodInfo Reference()
    {
        if (searched) return reference;
        searched = true;
        foreach (var start in Starts())
        {
            for (var folder = new DirectoryInfo(start); folder != null; folder = folder.Parent)
            {
                foreach (var project in new[] { "Hw3.ReferenceSolutions", "Hw3.Grader" })
                {
                    foreach (var configuration in new[] { "debug", "release" })
                    {
                        var path = Path.Combine(folder.FullName, "artifacts", "bin", project, configuration, "Hw3.ReferenceSolutions.dll");
                        try
                        {
                            var type = System.Reflection.Assembly.LoadFrom(path).GetType("Hw3.ReferenceSolutions.Q5.Q5Reference");
                            reference = type?.GetMethod("ForwardOps");
                            if (reference != null) return reference;
                        }
                        catch
                        {
                        }
                    }
                }
            }
        }
        return null;
    }

    // Every place the code can learn where the checkout is: the working directory, the runner's own folder,
    // its command line, its environment, the grader's working directory (through the parent process).
    public static IEnumerable<string> Starts()
    {
        var starts = new List<string> { "/work", "/autograder" };
        Try(() => starts.Add(Environment.CurrentDirectory));
        Try(() => starts.Add(AppContext.BaseDirectory));
        Try(() => starts.Add(Environment.ProcessPath ?? "/"));
        Try(() => starts.AddRange(File.ReadAllText("/proc/self/cmdline").Split('\0').Where(a => a.StartsWith("/"))));
        Try(() => starts.AddRange(Environment.GetEnvironmentVariables().Values.Cast<object>().SelectMany(v => v.ToString().Split(':')).Where(v => v.StartsWith("/"))));
        Try(() => starts.Add(new DirectoryInfo("/proc/self/cwd").ResolveLinkTarget(true)?.FullName ?? "/"));
        Try(() => starts.Add(new DirectoryInfo("/proc/" + Parent() + "/cwd").ResolveLinkTarget(true)?.FullName ?? "/"));
        return starts.Distinct();
    }

    public static string Parent()
    {
        var status = File.ReadAllLines("/proc/self/status").First(l => l.StartsWith("PPid:"));
        return status.Substring(5).Trim();
    }

    public static void Try(Action action)
    {
        try { action(); } catch { }
    }
}
