namespace Hw3.ReferenceSolutions.Q1;

/// <summary>
/// Q1 closed forms. A dense layer y = Wx with W ∈ ℝ^{d2×d1}, x ∈ ℝ^{d1}, RMS(y)² = ‖y‖²/d2.
/// (a) At init, all entries iid N(0,1): E[yᵢ²] = Σⱼ E[Wᵢⱼ²]E[xⱼ²] = d1, so E[RMS²] = d1.
/// (b) SignGD: the update that fits W is U = sign(g xᵀ) (d2×d1), so y'ᵢ = sign(gᵢ)·Σⱼ|xⱼ| and
/// RMS(y') = ‖x‖₁ exactly. With E|xⱼ| = √(2/π), E[xⱼ²] = 1 and independent components,
/// E‖x‖₁² = Σⱼ E[xⱼ²] + Σ_{j≠l} E|xⱼ|E|x_l| = d1 + d1(d1 − 1)·2/π.
/// </summary>
public static class Q1Reference
{
    /// <summary>E|z| for z ~ N(0,1).</summary>
    private static readonly double MeanAbsoluteStandardNormal = Math.Sqrt(2.0 / Math.PI);

    /// <summary>E[z²] for z ~ N(0,1): the variance of every W and x entry.</summary>
    private const double EntryVariance = 1.0;

    public static double ExpectedRmsSquaredAtInit(int d1, int d2)
    {
        Validate(d1, d2);
        return d1 * EntryVariance * EntryVariance;
    }

    /// <summary>c with E[RMS(cWx)²] = c²·d1 = 1.</summary>
    public static double InitScale(int d1, int d2) => 1.0 / Math.Sqrt(ExpectedRmsSquaredAtInit(d1, d2));

    public static double ExpectedSignUpdateRmsSquared(int d1, int d2)
    {
        Validate(d1, d2);
        return d1 * EntryVariance + (double)d1 * (d1 - 1) * MeanAbsoluteStandardNormal * MeanAbsoluteStandardNormal;
    }

    /// <summary>The Θ(d1²) term of <see cref="ExpectedSignUpdateRmsSquared"/>: (2/π)·d1².</summary>
    public static double SignUpdateRmsSquaredLeadingTerm(int d1, int d2)
    {
        Validate(d1, d2);
        return MeanAbsoluteStandardNormal * MeanAbsoluteStandardNormal * d1 * d1;
    }

    /// <summary>c with E[RMS(c·y')] = c·E‖x‖₁ = c·d1·√(2/π) = 1 (the handout's literal ask).</summary>
    public static double SignUpdateScale(int d1, int d2)
    {
        Validate(d1, d2);
        return 1.0 / (d1 * MeanAbsoluteStandardNormal);
    }

    /// <summary>c with E[RMS(c·y')²] = 1.</summary>
    public static double SignUpdateScaleForUnitMeanSquare(int d1, int d2) =>
        1.0 / Math.Sqrt(ExpectedSignUpdateRmsSquared(d1, d2));

    /// <summary>The scaling form the key states: 1/d1.</summary>
    public static double SignUpdateScaleByOrder(int d1, int d2)
    {
        Validate(d1, d2);
        return 1.0 / d1;
    }

    private static void Validate(int d1, int d2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(d1, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(d2, 1);
    }
}
