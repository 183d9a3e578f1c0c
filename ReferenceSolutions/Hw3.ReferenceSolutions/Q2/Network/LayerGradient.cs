using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Q2.Network;

/// <summary>∂loss/∂W and ∂loss/∂b for one dense layer.</summary>
public sealed record LayerGradient(Matrix<double> Weights, Vector<double> Bias);
