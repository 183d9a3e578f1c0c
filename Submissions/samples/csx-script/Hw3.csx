// HW3 answers written as a C# script (I test things in dotnet-script).
using System;
using System.Linq;
using MathNet.Numerics.Distributions;

public static class Q1
{
    public static double ExpectedRmsSquaredAtInit(int d1, int d2) => d1;
    public static double InitScale(int d1, int d2) => 1 / Math.Sqrt(d1);
    public static double ExpectedSignUpdateRmsSquared(int d1, int d2) => d1 + d1 * (d1 - 1.0) * 2 / Math.PI;
    public static double SignUpdateScale(int d1, int d2) => 1.0 / d1;
    public static string WhyOnlyFanInMatters =>
        "sign(g x^T) has rows +/- sign(x)^T, so every output is +/- ||x||_1: d1 terms adding up coherently. " +
        "d2 only sets how many equal-magnitude outputs there are, and RMS divides that back out.";
}

public static class Q2
{
    public static string ActivationChangeGrowsWith => "fan in";
    public static string NormThatTracksFeatureChange => "RMS-to-RMS";
    public static double InputLayerLearningRate(double baseLr, int fanIn, int fanOut) => baseLr;
    public static double HiddenLayerLearningRate(double baseLr, int fanIn, int fanOut) => baseLr / fanIn;
    public static double OutputLayerLearningRate(double baseLr, int fanIn, int fanOut) => baseLr / fanIn;
    public static double ScaledForwardMultiplier(int fanIn) => 1.0 / fanIn;
    public static double ScaledInitMultiplier(int fanIn) => fanIn;
    public static bool OptimalAdamLearningRateShrinksWithWidth => true;
    public static bool OptimalMuPLearningRateStableAcrossWidth => true;
    public static string Observations => "Adam: the best LR drops as width grows. muP: the best LR stays put and wider nets do better.";
}

public static class Q3
{
    public static string Figure1Plots => "Training loss vs log2(learning rate) for transformers of several widths; standard parameterization left, muP right.";
    public static bool OptimalLrShiftsWithWidthUnderStandardPractice => true;
    public static bool OptimalLrShiftsWithWidthUnderMuP => false;
    public static bool WiderIsAlwaysBetterUnderMuP => true;
    public static double StandardParamHiddenAdamLrExponent => 0;
    public static double MuPHiddenAdamLrExponent => -1;
    public static double SpectralNormFanOutExponent => 0.5;
    public static double SpectralNormFanInExponent => -0.5;
    public static string Desideratum1Why => "Features should be order one per entry and move by order one per entry, so features are learned at every width.";
    public static string Desideratum1InRms => "RMS(h_l) = Theta(1) and RMS(Delta h_l) = Theta(1).";
    public static string Condition1InRms => "||W_l||_{RMS->RMS} = Theta(1) and ||Delta W_l||_{RMS->RMS} = Theta(1).";
    public static string UpperBoundsFromCondition1 => "Submultiplicativity of the spectral norm and induction over the layers, with the triangle inequality for the update.";
    public static string LowerBoundAssumption => "Upper bounds from submultiplicativity and induction; lower bounds need h_{l-1} aligned with the top singular vectors of W_l and Delta W_l.";
}

public static class Q4
{
    public static double[] ScoreFunctionIntegrand(Func<double[], double> f, double[] x, double[] mu, double sigma)
    {
        double fx = f(x);
        return x.Select((xi, i) => fx * (xi - mu[i]) / (sigma * sigma)).ToArray();
    }

    public static double ReparameterizedIntegrand(Func<double[], double> f, double[] eps, double[] mu, double sigma)
        => f(GaussianReparameterization(eps, mu, sigma));

    public static double[] ReparameterizedGradientIntegrand(Func<double[], double[]> gradF, double[] eps, double[] mu, double sigma)
        => gradF(GaussianReparameterization(eps, mu, sigma)).ToArray();

    public static double[] GeneralScoreFunctionIntegrand(double fx, double[] gradLogP)
        => gradLogP.Select(g => fx * g).ToArray();

    public static double[] GaussianReparameterization(double[] z, double[] mu, double sigma)
        => mu.Select((m, i) => m + sigma * z[i]).ToArray();

    public static double[] EstimateGradientScoreFunction(Func<double[], double> f, double[] mu, double sigma, int samples, Random rng)
    {
        var total = new double[mu.Length];
        for (int s = 0; s < samples; s++)
        {
            var eps = mu.Select(_ => Normal.Sample(rng, 0.0, 1.0)).ToArray();
            var g = ScoreFunctionIntegrand(f, GaussianReparameterization(eps, mu, sigma), mu, sigma);
            for (int i = 0; i < total.Length; i++) total[i] += g[i];
        }
        return total.Select(t => t / samples).ToArray();
    }

    public static string ReparameterizationGradientProof =>
        "F(theta) = E_{x~p_theta}[f(x)] = E_{z~p(z)}[f(g(z, theta))] because g(z, theta) has the distribution p_theta. " +
        "p(z) does not depend on theta, so for f and g differentiable with an integrable dominating bound on the " +
        "derivative, grad_theta moves inside the expectation: grad F = E_z[grad_theta f(g(z, theta))] = " +
        "E_z[grad_theta g(z, theta)^T grad_x f(x)|_{x = g(z, theta)}] by the chain rule. For the Gaussian, " +
        "g(z, mu) = mu + sigma z with p(z) = N(0, I).";

    public static double[] EstimateGradientReparameterization(Func<double[], double[]> gradF, double[] mu, double sigma, int samples, Random rng)
    {
        var total = new double[mu.Length];
        for (int s = 0; s < samples; s++)
        {
            var eps = mu.Select(_ => Normal.Sample(rng, 0.0, 1.0)).ToArray();
            var g = ReparameterizedGradientIntegrand(gradF, eps, mu, sigma);
            for (int i = 0; i < total.Length; i++) total[i] += g[i];
        }
        return total.Select(t => t / samples).ToArray();
    }
}

public static class Q5
{
    public static int ForwardOps(int layers, int checkpointEvery) =>
        Enumerable.Range(1, layers).Sum(i => i % checkpointEvery);
    public static int LoadMemOps(int layers, int checkpointEvery) => layers;
    public static double BreakEvenLoadDiskNs(int layers, int checkpointEvery, double fwdNs, double loadMemNs) =>
        (ForwardOps(layers, checkpointEvery) * fwdNs + LoadMemOps(layers, checkpointEvery) * loadMemNs) / layers;
}

public static class Q6
{
    public static string Sources => "Lectures, the two muP papers, course notes on the reparameterization trick.";
    public static string Collaborators => "none";
    public static double HoursSpent => 7;
}
