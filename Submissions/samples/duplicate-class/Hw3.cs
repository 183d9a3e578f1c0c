// EECS 182 HW3 — my answers.
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

public static class Q2
{
    public static string ActivationChangeGrowsWith => "fan-in";

    public static string NormThatTracksFeatureChange => "rms-to-rms";

    // muP for Adam (Tensor Programs V, Table 3)
    public static double InputLayerLearningRate(double baseLr, int fanIn, int fanOut) => baseLr;

    public static double HiddenLayerLearningRate(double baseLr, int fanIn, int fanOut) => baseLr / fanIn;

    public static double OutputLayerLearningRate(double baseLr, int fanIn, int fanOut) => baseLr / fanIn;

    public static double ScaledForwardMultiplier(int fanIn) => 1.0 / fanIn;

    public static double ScaledInitMultiplier(int fanIn) => fanIn;

    public static bool OptimalAdamLearningRateShrinksWithWidth => true;

    public static bool OptimalMuPLearningRateStableAcrossWidth => true;

    public static string Observations =>
        "With plain Adam the best learning rate moves to smaller values as the network gets wider, " +
        "because each Adam step changes every weight by about lr and the activation change adds up over " +
        "fan_in inputs. With muP (hidden LR scaled by 1/fan_in) the loss curves line up and the optimum " +
        "stays at about the same learning rate, and wider networks reach a lower loss.";
}

public static class Q3
{
    public static string Figure1Plots =>
        "Training loss against log2 of the learning rate for Transformers of different widths trained " +
        "with Adam. Left: standard parameterization, the optimal learning rate shifts with width and a " +
        "wider model is not always better. Right: muP, the optimum stays put and wider is always better.";

    public static bool OptimalLrShiftsWithWidthUnderStandardPractice => true;

    public static bool OptimalLrShiftsWithWidthUnderMuP => false;

    public static bool WiderIsAlwaysBetterUnderMuP => true;

    // SP: Adam LR for hidden weights is 1 (no width dependence); muP: 1/fan_in.
    public static double StandardParamHiddenAdamLrExponent => 0.0;

    public static double MuPHiddenAdamLrExponent => -1.0;

    // ||W||_* = Theta(sqrt(fan_out / fan_in))
    public static double SpectralNormFanOutExponent => 0.5;

    public static double SpectralNormFanInExponent => -0.5;

    public static string Desideratum1Why =>
        "If the hidden features are Theta(1) per entry and also change by Theta(1) per entry after an " +
        "update, the features neither blow up nor vanish with width and they actually move during " +
        "training, so the network learns features instead of staying in the lazy/kernel regime.";

    public static string Desideratum1InRms =>
        "RMS(h_l(x)) = Theta(1) and RMS(Delta h_l(x)) = Theta(1), since RMS(v) = ||v||_2 / sqrt(n_l).";

    public static string Condition1InRms =>
        "||W_l||_{RMS->RMS} = Theta(1) and ||Delta W_l||_{RMS->RMS} = Theta(1), where " +
        "||A||_{RMS->RMS} = sqrt(n_{l-1} / n_l) * ||A||_* (the spectral norm rescaled).";

    public static string UpperBoundsFromCondition1 =>
        "||h_l|| = ||W_l h_{l-1}|| <= ||W_l||_* ||h_{l-1}||, so by induction from the input ||h_l|| <= " +
        "Theta(sqrt(n_l / n_{l-1})) Theta(sqrt(n_{l-1})) = Theta(sqrt(n_l)); with the triangle inequality for " +
        "Delta h_l = Delta W_l h_{l-1} + W_l Delta h_{l-1} + Delta W_l Delta h_{l-1} the same holds for ||Delta h_l||.";

    public static string LowerBoundAssumption =>
        "Alignment: the incoming vector h_{l-1} (and Delta h_{l-1}) lies mostly in the top singular directions of " +
        "W_l and Delta W_l (a batch-size-1 gradient update is rank one with right singular vector h_{l-1}), so the " +
        "submultiplicative inequalities are tight up to constants.";
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
            result[i] = fx * (x[i] - mu[i]) / var;
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
            x[i] = mu[i] + sigma * z[i];
        }
        return x;
    }

    public static string ReparameterizationGradientProof =>
        "F(theta) = E_{x~p_theta}[f(x)] = E_{z~p(z)}[f(g(z, theta))] because g(z, theta) has the distribution p_theta. " +
        "p(z) does not depend on theta, so for f and g differentiable with an integrable dominating bound on the " +
        "derivative, grad_theta moves inside the expectation: grad F = E_z[grad_theta f(g(z, theta))] = " +
        "E_z[grad_theta g(z, theta)^T grad_x f(x)|_{x = g(z, theta)}] by the chain rule. For the Gaussian, " +
        "g(z, mu) = mu + sigma z with p(z) = N(0, I).";

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
