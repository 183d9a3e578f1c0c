using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Q2.Experiments;

/// <summary>Final loss (mean over seeds) of one width trained at one learning rate under one parameterization.</summary>
public sealed record SweepPoint(Parameterization Parameterization, int Width, double Log2LearningRate, double Loss);
