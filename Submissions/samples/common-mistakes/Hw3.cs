using System;
using System.Collections.Generic;
using System.Linq;

public static class Q1
{
    // y = Wx has d2 entries and each has variance d1, so ||y||^2 has mean d1*d2
    public static double ExpectedRmsSquaredAtInit(int d1, int d2) => (double)d1 * d2;

    public static double InitScale(int d1, int d2) => 1.0 / Math.Sqrt((double)d1 * d2);

    // sum of d1 terms of size ~1 all with the same sign -> ~d1, squared -> d1^2
    public static double ExpectedSignUpdateRmsSquared(int d1, int d2) => (double)d1 * d1;

    public static double SignUpdateScale(int d1, int d2) => 1.0 / Math.Sqrt(d1);

    public static string WhyOnlyFanInMatters =>
        "Because the update is an outer product, every output sums over the d1 inputs, and the number of " +
        "outputs d2 only changes how many such sums there are, which the RMS averages out.";
}

public static class Q2
{
    public static string ActivationChangeGrowsWith => "fan-in";

    public static string NormThatTracksFeatureChange => "RMS to RMS";

    public static double InputLayerLearningRate(double baseLr, int fanIn, int fanOut) => baseLr;

    // Adam update moves each weight by ~lr, the change in activation adds over fanIn terms -> sqrt?
    public static double HiddenLayerLearningRate(double baseLr, int fanIn, int fanOut) => baseLr / Math.Sqrt(fanIn);

    public static double OutputLayerLearningRate(double baseLr, int fanIn, int fanOut) => baseLr / fanIn;

    public static double ScaledForwardMultiplier(int fanIn) => 1.0 / fanIn;

    public static double ScaledInitMultiplier(int fanIn) => fanIn;

    public static bool OptimalAdamLearningRateShrinksWithWidth => true;

    public static bool OptimalMuPLearningRateStableAcrossWidth => true;

    public static string Observations =>
        "Under Adam the best LR gets smaller for wider nets; with muP it stays roughly the same.";
}

public static class Q3
{
    public static string Figure1Plots =>
        "Training loss vs log2 learning rate for different widths, standard parameterization on the left and muP on the right.";

    public static bool OptimalLrShiftsWithWidthUnderStandardPractice => true;

    public static bool OptimalLrShiftsWithWidthUnderMuP => false;

    public static bool WiderIsAlwaysBetterUnderMuP => true;

    public static double StandardParamHiddenAdamLrExponent => 0;

    public static double MuPHiddenAdamLrExponent => -1;

    public static double SpectralNormFanOutExponent => 0.5;

    public static double SpectralNormFanInExponent => -0.5;

    public static string Desideratum1Why => "So that the features are order one and also move by order one during training.";

    public static string Desideratum1InRms => "RMS(h_l) = Theta(1) and RMS(Delta h_l) = Theta(1).";

    public static string Condition1InRms => "The RMS->RMS operator norm of W_l and of Delta W_l is Theta(1).";

    public static string UpperBoundsFromCondition1 => "Submultiplicativity of the spectral norm and induction over the layers, with the triangle inequality for the update.";
    public static string LowerBoundAssumption => "Submultiplicativity gives the upper bounds; alignment of h_{l-1} with the top singular vectors gives the lower bounds.";
}

public static class Q4
{
    public static double[] ScoreFunctionIntegrand(Func<double[], double> f, double[] x, double[] mu, double sigma)
    {
        double fx = f(x);
        var g = new double[mu.Length];
        for (int i = 0; i < g.Length; i++)
            g[i] = fx * (x[i] - mu[i]) / sigma;
        return g;
    }

    public static double ReparameterizedIntegrand(Func<double[], double> f, double[] eps, double[] mu, double sigma)
        => f(GaussianReparameterization(eps, mu, sigma));

    public static double[] ReparameterizedGradientIntegrand(Func<double[], double[]> gradF, double[] eps, double[] mu, double sigma)
        => (double[])gradF(GaussianReparameterization(eps, mu, sigma)).Clone();

    public static double[] GeneralScoreFunctionIntegrand(double fx, double[] gradLogP)
        => gradLogP.Select(d => fx * d).ToArray();

    public static double[] GaussianReparameterization(double[] z, double[] mu, double sigma)
        => mu.Select((m, i) => m + sigma * z[i]).ToArray();

    private static double[] Normal(Random rng, int k)
    {
        var z = new double[k];
        for (int i = 0; i < k; i++)
        {
            double u1 = 1.0 - rng.NextDouble();
            double u2 = rng.NextDouble();
            z[i] = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }
        return z;
    }

    public static string ReparameterizationGradientProof =>
        "F(theta) = E_{x~p_theta}[f(x)] = E_{z~p(z)}[f(g(z, theta))] because g(z, theta) has the distribution p_theta. " +
        "p(z) does not depend on theta, so for f and g differentiable with an integrable dominating bound on the " +
        "derivative, grad_theta moves inside the expectation: grad F = E_z[grad_theta f(g(z, theta))] = " +
        "E_z[grad_theta g(z, theta)^T grad_x f(x)|_{x = g(z, theta)}] by the chain rule. For the Gaussian, " +
        "g(z, mu) = mu + sigma z with p(z) = N(0, I).";

    public static double[] EstimateGradientScoreFunction(Func<double[], double> f, double[] mu, double sigma, int samples, Random rng)
    {
        var mean = new double[mu.Length];
        for (int s = 0; s < samples; s++)
        {
            var x = GaussianReparameterization(Normal(rng, mu.Length), mu, sigma);
            var g = ScoreFunctionIntegrand(f, x, mu, sigma);
            for (int i = 0; i < mean.Length; i++) mean[i] += g[i];
        }
        for (int i = 0; i < mean.Length; i++) mean[i] /= samples;
        return mean;
    }

    public static double[] EstimateGradientReparameterization(Func<double[], double[]> gradF, double[] mu, double sigma, int samples, Random rng)
    {
        var mean = new double[mu.Length];
        for (int s = 0; s < samples; s++)
        {
            var g = ReparameterizedGradientIntegrand(gradF, Normal(rng, mu.Length), mu, sigma);
            for (int i = 0; i < mean.Length; i++) mean[i] += g[i];
        }
        for (int i = 0; i < mean.Length; i++) mean[i] /= samples;
        return mean;
    }
}

public static class Q5
{
    // initial forward pass (L fwds) + recomputation during the backward pass
    public static int ForwardOps(int layers, int checkpointEvery)
    {
        int recompute = 0;
        for (int i = 1; i <= layers; i++)
            recompute += i % checkpointEvery;
        return layers + recompute;
    }

    // we only load the stored checkpoints
    public static int LoadMemOps(int layers, int checkpointEvery) => layers / checkpointEvery;

    public static double BreakEvenLoadDiskNs(int layers, int checkpointEvery, double fwdNs, double loadMemNs)
        => (ForwardOps(layers, checkpointEvery) * fwdNs + LoadMemOps(layers, checkpointEvery) * loadMemNs) / layers;
}

public static class Q6
{
    public static string Sources => "Lecture slides, Ed discussion.";

    public static string Collaborators => "Study group with two classmates from discussion section.";

    public static double HoursSpent => 12;
}
