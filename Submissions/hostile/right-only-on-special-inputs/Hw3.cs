// HOSTILE CASE: answers that are right only when d2 = 1 (Q1) or sigma = 1 (Q4).
using System;
using System.Collections.Generic;
using System.Linq;

public static class Q1
{
    // Each y_i = sum_j W_ij x_j has variance d1, so ||y||^2 / d2 has mean d1.
    public static double ExpectedRmsSquaredAtInit(int d1, int d2) => d1 * d2; // right only when d2 = 1

    public static double InitScale(int d1, int d2) => 1.0 / Math.Sqrt(d1 * d2); // right only when d2 = 1

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

public static class Q4
{
    // grad_mu log p(x) = (x - mu) / sigma^2
    public static double[] ScoreFunctionIntegrand(Func<double[], double> f, double[] x, double[] mu, double sigma)
    {
        double fx = f(x);
        double var = sigma * sigma;
        var result = new double[mu.Length];
        for (int i = 0; i < mu.Length; i++)
        {
            result[i] = fx * (x[i] - mu[i]); // right only when sigma = 1
        }
        return result;
    }

    public static double ReparameterizedIntegrand(Func<double[], double> f, double[] eps, double[] mu, double sigma)
    {
        return f(GaussianReparameterization(eps, mu, sigma));
    }

    public static double[] ReparameterizedGradientIntegrand(Func<double[], double[]> gradF, double[] eps, double[] mu, double sigma)
    {
        double[] x = GaussianReparameterization(eps, mu, sigma);
        return gradF(x).ToArray();
    }

    public static double[] GeneralScoreFunctionIntegrand(double fx, double[] gradLogP)
    {
        return gradLogP.Select(v => fx * v).ToArray();
    }

    public static double[] GaussianReparameterization(double[] z, double[] mu, double sigma)
    {
        var x = new double[mu.Length];
        for (int i = 0; i < mu.Length; i++)
        {
            x[i] = mu[i] + z[i]; // right only when sigma = 1
        }
        return x;
    }

    public static double[] EstimateGradientScoreFunction(Func<double[], double> f, double[] mu, double sigma, int samples, Random rng)
    {
        var sum = new double[mu.Length];
        for (int s = 0; s < samples; s++)
        {
            double[] x = GaussianReparameterization(StandardNormal(rng, mu.Length), mu, sigma);
            double[] g = ScoreFunctionIntegrand(f, x, mu, sigma);
            for (int i = 0; i < sum.Length; i++) sum[i] += g[i];
        }
        return sum.Select(v => v / samples).ToArray();
    }

    public static double[] EstimateGradientReparameterization(Func<double[], double[]> gradF, double[] mu, double sigma, int samples, Random rng)
    {
        var sum = new double[mu.Length];
        for (int s = 0; s < samples; s++)
        {
            double[] g = ReparameterizedGradientIntegrand(gradF, StandardNormal(rng, mu.Length), mu, sigma);
            for (int i = 0; i < sum.Length; i++) sum[i] += g[i];
        }
        return sum.Select(v => v / samples).ToArray();
    }

    // Box-Muller
    private static double[] StandardNormal(Random rng, int k)
    {
        var z = new double[k];
        for (int i = 0; i < k; i++)
        {
            double u1 = 1.0 - rng.NextDouble(); // in (0, 1], avoids log(0)
            double u2 = rng.NextDouble();
            z[i] = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }
        return z;
    }
}

public static class Q6
{
    public static string Sources => "Lecture notes and discussion 3, the Tensor Programs V paper, and the spectral condition paper.";

    public static string Collaborators => "Worked alone.";

    public static double HoursSpent => 9.5;
}
