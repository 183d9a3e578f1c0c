// HW3 Q4: score function vs reparameterization
using System;
using System.Collections.Generic;
using System.Linq;

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
