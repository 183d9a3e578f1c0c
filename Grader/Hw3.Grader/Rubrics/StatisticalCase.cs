namespace Hw3.Grader.Rubrics;

/// <summary>One setting for the estimator test: a test-function family, its dimension k, and σ.</summary>
public sealed record StatisticalCase(string Function, int Dimension, double Sigma);
