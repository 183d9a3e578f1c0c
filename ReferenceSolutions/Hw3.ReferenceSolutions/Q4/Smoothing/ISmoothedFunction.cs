namespace Hw3.ReferenceSolutions.Q4.Smoothing;

/// <summary>A test function's Gaussian smoothing F(μ) = E_{ε∼N(0,I)}[f(μ + σε)] and ∇_μF in closed form.</summary>
internal interface ISmoothedFunction
{
    double Objective(double[] mu, double sigma);

    double[] Gradient(double[] mu, double sigma);
}
