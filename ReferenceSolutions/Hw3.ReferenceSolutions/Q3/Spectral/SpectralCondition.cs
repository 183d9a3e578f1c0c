using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Q3.Spectral;

/// <summary>
/// "A Spectral Condition for Feature Learning" (Yang, Simon &amp; Bernstein, 2023) as data.
/// Desideratum 1: ‖h_ℓ‖₂ = Θ(√n_ℓ) and ‖Δh_ℓ‖₂ = Θ(√n_ℓ), i.e. RMS(h_ℓ) = Θ(1) and RMS(Δh_ℓ) = Θ(1).
/// Condition 1: ‖W_ℓ‖* = Θ(√(n_ℓ / n_{ℓ−1})) and ‖ΔW_ℓ‖* = Θ(√(n_ℓ / n_{ℓ−1})), with n_ℓ = fan_out and
/// n_{ℓ−1} = fan_in; equivalently the RMS→RMS operator norm of W_ℓ and ΔW_ℓ is Θ(1).
/// </summary>
public static class SpectralCondition
{
    /// <summary>Condition 1: the spectral norm of W_ℓ (and of ΔW_ℓ) scales as fan_in^−½ · fan_out^½.</summary>
    public static WidthScaling SpectralNormScaling { get; } = new(FanInExponent: -0.5, FanOutExponent: 0.5);

    /// <summary>
    /// ‖A‖_{RMS→RMS} = max RMS(Ax)/RMS(x) = √(n_in/n_out) · ‖A‖*, since RMS(v) = ‖v‖₂/√dim(v).
    /// </summary>
    public static WidthScaling RmsToRmsConversion { get; } = new(FanInExponent: 0.5, FanOutExponent: -0.5);

    /// <summary>Condition 1 restated for the RMS→RMS norm (exponents of the product: both zero, i.e. Θ(1)).</summary>
    public static WidthScaling RmsToRmsNormScaling => SpectralNormScaling.Times(RmsToRmsConversion);

    public static double RmsToRmsNorm(double spectralNorm, int fanIn, int fanOut) =>
        spectralNorm * RmsToRmsConversion.Evaluate(fanIn, fanOut);

    /// <summary>
    /// The paper's initialization scale: entries N(0, σ²) with σ² = (1/fan_in) · min(1, fan_out/fan_in),
    /// which satisfies Condition 1 whatever the aspect ratio. For fan_out ≥ fan_in it is Table 3's 1/fan_in.
    /// </summary>
    public static double InitializationVariance(int fanIn, int fanOut) =>
        1.0 / fanIn * Math.Min(1.0, (double)fanOut / fanIn);

    /// <summary>
    /// σ_max of a fan_out × fan_in matrix of iid N(0, σ²) entries concentrates at σ(√fan_in + √fan_out)
    /// (Bai–Yin / Gordon).
    /// </summary>
    public static double PredictedGaussianSpectralNorm(double variance, int fanIn, int fanOut) =>
        Math.Sqrt(variance) * (Math.Sqrt(fanIn) + Math.Sqrt(fanOut));
}
