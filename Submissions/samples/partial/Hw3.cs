using System;
using System.Collections.Generic;
using System.Linq;

// HW3 - ran out of time, submitting what I have

public static class Q1
{
    public static double ExpectedRmsSquaredAtInit(int d1, int d2)
    {
        // var(y_i) = d1 * var(W) * var(x) = d1
        return d1;
    }

    public static double InitScale(int d1, int d2)
    {
        return 1 / Math.Sqrt(d1);
    }

    public static double ExpectedSignUpdateRmsSquared(int d1, int d2)
    {
        // E|x| = sqrt(2/pi) so E[(sum |x_j|)^2] = d1 * 1 + d1*(d1-1) * (2/pi)
        return d1 + d1 * (d1 - 1) * (2 / Math.PI);
    }

    public static double SignUpdateScale(int d1, int d2)
    {
        return 1.0 / d1;
    }

    public static string WhyOnlyFanInMatters =>
        "Each output is a sum over the d1 inputs and all the terms have the same sign after sign(), so " +
        "it grows with d1; the RMS norm already averages over the d2 outputs.";
}

public static class Q2
{
    public static string ActivationChangeGrowsWith => "Fan-in";

    public static string NormThatTracksFeatureChange => "spectral";

    public static double InputLayerLearningRate(double baseLr, int fanIn, int fanOut)
    {
        return baseLr / fanIn;
    }

    public static double HiddenLayerLearningRate(double baseLr, int fanIn, int fanOut)
    {
        return baseLr / fanIn;
    }

    public static double OutputLayerLearningRate(double baseLr, int fanIn, int fanOut) => throw new NotImplementedException();

    public static double ScaledForwardMultiplier(int fanIn) => throw new NotImplementedException();

    public static double ScaledInitMultiplier(int fanIn) => throw new NotImplementedException();

    public static bool OptimalAdamLearningRateShrinksWithWidth => true;

    public static bool OptimalMuPLearningRateStableAcrossWidth => throw new NotImplementedException();

    public static string Observations => throw new NotImplementedException();
}

public static class Q3
{
    public static string Figure1Plots => throw new NotImplementedException();

    public static bool OptimalLrShiftsWithWidthUnderStandardPractice => throw new NotImplementedException();

    public static bool OptimalLrShiftsWithWidthUnderMuP => throw new NotImplementedException();

    public static bool WiderIsAlwaysBetterUnderMuP => throw new NotImplementedException();

    public static double StandardParamHiddenAdamLrExponent => -0.5;

    public static double MuPHiddenAdamLrExponent => -2;

    public static double SpectralNormFanOutExponent => 1;

    public static double SpectralNormFanInExponent => 0.5;

    public static string Desideratum1Why => throw new NotImplementedException();

    public static string Desideratum1InRms => throw new NotImplementedException();

    public static string Condition1InRms => throw new NotImplementedException();

    public static string UpperBoundsFromCondition1 => throw new NotImplementedException();

    public static string LowerBoundAssumption => throw new NotImplementedException();
}

public static class Q4
{
    public static double[] ScoreFunctionIntegrand(Func<double[], double> f, double[] x, double[] mu, double sigma)
    {
        double fx = f(x);
        return x.Zip(mu, (xi, mi) => fx * (xi - mi) / (sigma * sigma)).ToArray();
    }

    public static double ReparameterizedIntegrand(Func<double[], double> f, double[] eps, double[] mu, double sigma) => throw new NotImplementedException();

    public static double[] ReparameterizedGradientIntegrand(Func<double[], double[]> gradF, double[] eps, double[] mu, double sigma) => throw new NotImplementedException();

    public static double[] GeneralScoreFunctionIntegrand(double fx, double[] gradLogP) => throw new NotImplementedException();

    public static double[] GaussianReparameterization(double[] z, double[] mu, double sigma) => throw new NotImplementedException();

    public static string ReparameterizationGradientProof => throw new NotImplementedException();

    static double Gaussian(Random rng)
    {
        double u = 1.0 - rng.NextDouble();
        double v = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Sin(2 * Math.PI * v);
    }

    public static double[] EstimateGradientScoreFunction(Func<double[], double> f, double[] mu, double sigma, int samples, Random rng)
    {
        int k = mu.Length;
        double[] avg = new double[k];
        for (int n = 0; n < samples; n++)
        {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) x[i] = mu[i] + sigma * Gaussian(rng);
            double[] g = ScoreFunctionIntegrand(f, x, mu, sigma);
            for (int i = 0; i < k; i++) avg[i] += g[i] / samples;
        }
        return avg;
    }

    public static double[] EstimateGradientReparameterization(Func<double[], double[]> gradF, double[] mu, double sigma, int samples, Random rng)
    {
        int k = mu.Length;
        double[] avg = new double[k];
        for (int n = 0; n < samples; n++)
        {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) x[i] = mu[i] + sigma * Gaussian(rng);
            double[] g = gradF(x);
            for (int i = 0; i < k; i++) avg[i] += g[i] / samples;
        }
        return avg;
    }
}

public static class Q5
{
    public static int ForwardOps(int layers, int checkpointEvery)
    {
        int full = layers / checkpointEvery;
        int rest = layers % checkpointEvery;
        // each full block of k layers costs 0 + 1 + ... + (k-1), the leftover block 1 + ... + rest
        return full * checkpointEvery * (checkpointEvery - 1) / 2 + rest * (rest + 1) / 2;
    }

    public static int LoadMemOps(int layers, int checkpointEvery)
    {
        return layers;
    }

    public static double BreakEvenLoadDiskNs(int layers, int checkpointEvery, double fwdNs, double loadMemNs)
    {
        return (ForwardOps(layers, checkpointEvery) * fwdNs + layers * loadMemNs) / layers;
    }
}

public static class Q6
{
    public static string Sources => throw new NotImplementedException();

    public static string Collaborators => throw new NotImplementedException();

    public static double HoursSpent => throw new NotImplementedException();
}
