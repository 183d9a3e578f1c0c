// EECS 182 Homework 3: answer file.
//
// Fill in every member below and replace each `throw new NotImplementedException();` with your
// answer. Do not rename the classes or members and do not change their signatures: the autograder
// calls them by name. Keep the classes public, static and in the global namespace (no `namespace`
// line). You may split this file into several .cs files and add private helper methods.
//
// Check your work locally before you submit, with the student kit (its README says what each check can tell):
//
//     ./check Hw3.cs          (Windows: check.cmd Hw3.cs)
//
// The check compiles your file as the autograder does, runs the answers visible before the due date and says, item by
// item, whether each has the property a right answer has.
// Free-text answers (the `string` members marked "free text") are graded by course staff, not by
// the autograder: write them in full sentences.
//
// Allowed: the namespaces System, System.Linq, System.Collections.Generic and MathNet.Numerics
// (including its sub-namespaces). Console output is allowed for debugging but is not shown to
// graders. Not allowed: files, network, processes, reflection, threads, or unsafe code; a
// submission that uses them is rejected by the grader.
//
// Numbers are plain doubles in natural units: counts are counts, times are nanoseconds, learning
// rates are learning rates (not their logarithms).
//
// Tolerances (the rubric's, rubrics/hw3.json): a closed-form number is right to 4 significant figures
// (relative tolerance 5e-4), so 1.2533 / d1 is as good as Math.Sqrt(Math.PI / 2) / d1 (Q1, Q2(d), Q5(c)).
// Q4's integrands are compared to a relative 1e-6 (absolute 1e-9), so single precision is fine. NaN and
// infinities are never right. Known wrong formulas stay outside every tolerance.

using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Question 1: maximal update parameterization for one dense layer.
/// Setting throughout: input x ∈ R^{d1}, weights W ∈ R^{d2×d1}, output y = W x ∈ R^{d2}.
/// The RMS norm of a vector y ∈ R^{d2} is RMS(y) = ‖y‖₂ / √d2, so RMS(y)² = ‖y‖₂² / d2.
/// </summary>
public static class Q1
{
    /// <summary>
    /// 1(a). W has iid N(0,1) entries, x has iid N(0,1) entries, W and x independent.
    /// Return E[RMS(W x)²] = E[‖W x‖₂²] / d2 as an exact function of d1 and d2.
    /// </summary>
    /// <param name="d1">Input dimension (fan-in), d1 ≥ 1.</param>
    /// <param name="d2">Output dimension (fan-out), d2 ≥ 1.</param>
    public static double ExpectedRmsSquaredAtInit(int d1, int d2) => throw new NotImplementedException();

    /// <summary>
    /// 1(a). Return the positive constant c such that E[RMS(c · W x)²] = 1 for every d1 and d2
    /// (same setting as <see cref="ExpectedRmsSquaredAtInit"/>).
    /// </summary>
    public static double InitScale(int d1, int d2) => throw new NotImplementedException();

    /// <summary>
    /// 1(b). SignGD update. Convention fixed by the answer key: the raw gradient is the outer product
    /// g xᵀ ∈ R^{d2×d1} (the handout's sign(x gᵀ) is d1×d2 and does not have the shape of W), so the
    /// unscaled update is U = sign(g xᵀ) and the unscaled change in features is y' = U x ∈ R^{d2}.
    /// x has iid N(0,1) entries; g ∈ R^{d2} is a fixed vector with no zero entries.
    /// Return E[RMS(y')²] as an exact function of d1 and d2.
    /// </summary>
    public static double ExpectedSignUpdateRmsSquared(int d1, int d2) => throw new NotImplementedException();

    /// <summary>
    /// 1(b). Return a positive constant c such that E[RMS(c · y')] = 1 for every d1 and d2
    /// (same setting as <see cref="ExpectedSignUpdateRmsSquared"/>). Any of these normalisations is
    /// accepted: the exact c with E[RMS(c · y')] = 1, the exact c with E[RMS(c · y')²] = 1, or just the
    /// width-dependent scaling of c with its constant factor set to 1.
    /// </summary>
    public static double SignUpdateScale(int d1, int d2) => throw new NotImplementedException();

    /// <summary>1(c). Free text: why does the properly scaled update depend only on d1 and not on d2?</summary>
    public static string WhyOnlyFanInMatters => throw new NotImplementedException();
}

/// <summary>
/// Question 2: visualizing μP (the coding question). Choice answers are compared ignoring case,
/// spaces and hyphens ("Fan-Out", "fan out" and "FANOUT" are the same answer); return exactly one choice.
/// </summary>
public static class Q2
{
    /// <summary>
    /// 2(a). Under plain Adam, the RMS of a hidden activation's change after one step grows with which
    /// dimension of the layer? Return one of: "fan-in", "fan-out", "neither".
    /// </summary>
    public static string ActivationChangeGrowsWith => throw new NotImplementedException();

    /// <summary>
    /// 2(b). Which norm of the weight update ΔW tracks the activation change best? Return one of:
    /// "frobenius" (‖ΔW‖_F), "spectral" (largest singular value σ_max), or "rms-to-rms"
    /// (the RMS→RMS induced norm σ_max · √(d_in / d_out)).
    /// </summary>
    public static string NormThatTracksFeatureChange => throw new NotImplementedException();

    /// <summary>
    /// 2(c). μP learning rate for Adam on the INPUT layer, given the base learning rate and the layer's
    /// fan-in and fan-out. Return the learning rate itself: baseLr times the width-dependent factor,
    /// with constant factor 1 (for example baseLr * fanOut, or baseLr / Math.Sqrt(fanIn), or baseLr).
    /// </summary>
    public static double InputLayerLearningRate(double baseLr, int fanIn, int fanOut) => throw new NotImplementedException();

    /// <summary>2(c). μP learning rate for Adam on a HIDDEN layer (same arguments as above).</summary>
    public static double HiddenLayerLearningRate(double baseLr, int fanIn, int fanOut) => throw new NotImplementedException();

    /// <summary>2(c). μP learning rate for Adam on the OUTPUT layer (same arguments as above).</summary>
    public static double OutputLayerLearningRate(double baseLr, int fanIn, int fanOut) => throw new NotImplementedException();

    /// <summary>
    /// 2(d). ScaledMLP trained with plain Adam at one learning rate: return the factor that each hidden
    /// layer's activation is multiplied by in the forward pass, as a function of that layer's fan-in.
    /// </summary>
    public static double ScaledForwardMultiplier(int fanIn) => throw new NotImplementedException();

    /// <summary>
    /// 2(d). ScaledMLP: return the factor the default initial weights of that hidden layer are
    /// multiplied by, so that the forward pass at initialisation is unchanged.
    /// </summary>
    public static double ScaledInitMultiplier(int fanIn) => throw new NotImplementedException();

    /// <summary>2(e). In the LR sweep with plain Adam, does the optimal learning rate shrink as width grows?</summary>
    public static bool OptimalAdamLearningRateShrinksWithWidth => throw new NotImplementedException();

    /// <summary>2(e). In the LR sweep with μP, does the optimal learning rate stay about the same across widths?</summary>
    public static bool OptimalMuPLearningRateStableAcrossWidth => throw new NotImplementedException();

    /// <summary>2(e). Free text: what do you observe in the sweeps, and why?</summary>
    public static string Observations => throw new NotImplementedException();
}

/// <summary>
/// Question 3: the papers (Tensor Programs V; A Spectral Condition for Feature Learning).
/// Exponent conventions: when a quantity scales like fan_in^p, return p (e.g. "∝ 1/fan_in" is -1,
/// "width-independent" is 0, "∝ fan_in²" is 2).
/// </summary>
public static class Q3
{
    /// <summary>3(a). Free text: what do the two side-by-side plots of Figure 1 show (axes, curves)?</summary>
    public static string Figure1Plots => throw new NotImplementedException();

    /// <summary>3(a). Under standard practice (left plot), does the optimal learning rate shift with width?</summary>
    public static bool OptimalLrShiftsWithWidthUnderStandardPractice => throw new NotImplementedException();

    /// <summary>3(a). Under μP (right plot), does the optimal learning rate shift with width?</summary>
    public static bool OptimalLrShiftsWithWidthUnderMuP => throw new NotImplementedException();

    /// <summary>
    /// 3(a). Under μP, is the wider network always better: does each wider network reach a lower training loss than
    /// every narrower one, each width at its own best learning rate (the minimum of its curve)?
    /// </summary>
    public static bool WiderIsAlwaysBetterUnderMuP => throw new NotImplementedException();

    /// <summary>
    /// 3(b). Table 3: under the STANDARD parameterization, the Adam learning rate of the hidden weights
    /// scales as fan_in^p. Return p.
    /// </summary>
    public static double StandardParamHiddenAdamLrExponent => throw new NotImplementedException();

    /// <summary>3(b). Table 3: under μP, the Adam learning rate of the hidden weights scales as fan_in^p. Return p.</summary>
    public static double MuPHiddenAdamLrExponent => throw new NotImplementedException();

    /// <summary>
    /// 3(c). Condition 1 asks for the spectral norm ‖W_ℓ‖_* = Θ(fan_out^a · fan_in^b), where
    /// fan_out = n_ℓ and fan_in = n_{ℓ-1}. Return a.
    /// </summary>
    public static double SpectralNormFanOutExponent => throw new NotImplementedException();

    /// <summary>3(c). Same condition as <see cref="SpectralNormFanOutExponent"/>: return b (the fan-in exponent).</summary>
    public static double SpectralNormFanInExponent => throw new NotImplementedException();

    /// <summary>3(c). Free text: why is the behaviour of Desideratum 1 desired for feature learning?</summary>
    public static string Desideratum1Why => throw new NotImplementedException();

    /// <summary>3(c). Free text: Desideratum 1 rewritten in terms of the RMS norm.</summary>
    public static string Desideratum1InRms => throw new NotImplementedException();

    /// <summary>3(c). Free text: Condition 1 rewritten in terms of the RMS norm (RMS→RMS operator norm).</summary>
    public static string Condition1InRms => throw new NotImplementedException();

    /// <summary>
    /// 3(c). Free text: how does Condition 1 imply the upper bounds ‖h_ℓ(x)‖₂ ≤ Θ(√n_ℓ) and ‖Δh_ℓ(x)‖₂ ≤ Θ(√n_ℓ)?
    /// </summary>
    public static string UpperBoundsFromCondition1 => throw new NotImplementedException();

    /// <summary>
    /// 3(c). Free text: what is the key assumption that also gives the lower bounds on ‖h_ℓ(x)‖₂ and ‖Δh_ℓ(x)‖₂?
    /// </summary>
    public static string LowerBoundAssumption => throw new NotImplementedException();
}

/// <summary>
/// Question 4: score-function and reparameterization gradients.
/// Setting: x ∈ R^k has density p_μ(x) = (2πσ²)^{-k/2} exp(-‖x - μ‖₂² / (2σ²)), i.e. x ~ N(μ, σ²I)
/// (the handout's (2πσ)^{-n/2} is a typo for (2πσ²)^{-k/2}; the gradient is unaffected). σ > 0 is a
/// scalar constant, F(μ) = E_{x~p_μ}[f(x)], and ε ~ N(0, I) is a standard normal vector in R^k.
/// Every array you return has length k (the length of mu). Do not modify the arrays you are given.
/// </summary>
public static class Q4
{
    /// <summary>
    /// 4(a). Return the score-function integrand g(x) = f(x) · ∇_μ log p_μ(x), whose expectation under x ~ p_μ is
    /// ∇_μ F(μ), evaluated at the given point x. The one other form accepted is the same with the baseline f(μ)
    /// subtracted, (f(x) − f(μ)) · ∇_μ log p_μ(x) (also unbiased); any other g with the right expectation is not.
    /// </summary>
    /// <param name="f">The function f: R^k → R.</param>
    /// <param name="x">The sample point x ∈ R^k.</param>
    /// <param name="mu">The mean μ ∈ R^k.</param>
    /// <param name="sigma">The standard deviation σ > 0 (not the variance).</param>
    public static double[] ScoreFunctionIntegrand(Func<double[], double> f, double[] x, double[] mu, double sigma) => throw new NotImplementedException();

    /// <summary>
    /// 4(b). Return h(ε) = f(μ + σε), so that F(μ) = E_{ε~N(0,I)}[h(ε)], evaluated at the given ε. The mirrored point
    /// f(μ − σε) is accepted too (ε and −ε have the same distribution); other rewritings are not.
    /// </summary>
    public static double ReparameterizedIntegrand(Func<double[], double> f, double[] eps, double[] mu, double sigma) => throw new NotImplementedException();

    /// <summary>
    /// 4(c). Return the integrand ∇_μ f(μ + σε), whose expectation over ε ~ N(0,I) is ∇_μ F(μ), evaluated at the given ε
    /// (the mirrored point μ − σε is accepted too, as in 4(b)).
    /// </summary>
    /// <param name="gradF">The gradient ∇f: R^k → R^k.</param>
    public static double[] ReparameterizedGradientIntegrand(Func<double[], double[]> gradF, double[] eps, double[] mu, double sigma) => throw new NotImplementedException();

    /// <summary>
    /// 4(d). General p_θ: return the score-function integrand f(x) · ∇_θ log p_θ(x), whose expectation under x ~ p_θ is
    /// ∇_θ F(θ), given the value fx = f(x) and the vector gradLogP = ∇_θ log p_θ(x) at the same sample x (no baseline:
    /// you are not given one). Length = gradLogP.Length.
    /// </summary>
    public static double[] GeneralScoreFunctionIntegrand(double fx, double[] gradLogP) => throw new NotImplementedException();

    /// <summary>
    /// 4(e). The Gaussian special case of the reparameterization g(z, θ) with z ~ p(z) = N(0, I) and
    /// θ = μ: return g(z, μ) = μ + σz, so that g(z, μ) ~ N(μ, σ²I) (μ − σz is accepted too).
    /// </summary>
    public static double[] GaussianReparameterization(double[] z, double[] mu, double sigma) => throw new NotImplementedException();

    /// <summary>
    /// 4(e). Free text: prove that ∇_θ F(θ) = E_{z~p(z)}[∇_θ g(z, θ)ᵀ ∇_x f(x)|_{x = g(z, θ)}] (say where you use that
    /// p(z) does not depend on θ, and which regularity lets the gradient move inside the expectation).
    /// </summary>
    public static string ReparameterizationGradientProof => throw new NotImplementedException();

    /// <summary>
    /// 4(a) as a Monte Carlo estimator: draw `samples` points x ~ N(μ, σ²I) and return an unbiased estimate of
    /// ∇_μ F(μ) from them, e.g. the average of the 4(a) integrand. Draw ALL randomness from the given rng (e.g.
    /// Box–Muller on rng.NextDouble()); do not create your own Random. samples ≥ 1.
    /// How it is graded: only unbiasedness. Your estimator is called many times on different seeded rngs; per
    /// component, the average of the calls is compared with the exact ∇F(μ) in a t-test whose standard error comes
    /// from your calls' own spread. So variance reduction (a baseline, antithetic pairs ε and −ε) is welcome and
    /// single precision is fine; a biased estimator fails (a 5 % bias with probability ≥ 0.99); a correct one fails
    /// with probability ≤ 1e-6. A spread above the plain average of `samples` draws earns a note, not a penalty, up
    /// to 16 times its variance; beyond that the estimator fails as too noisy to judge (that much noise would hide
    /// any bias). Estimates that do not change with the rng fail.
    /// </summary>
    public static double[] EstimateGradientScoreFunction(Func<double[], double> f, double[] mu, double sigma, int samples, Random rng) => throw new NotImplementedException();

    /// <summary>
    /// 4(c) as a Monte Carlo estimator: draw `samples` vectors ε ~ N(0, I) from the given rng and return an unbiased
    /// estimate of ∇_μ F(μ), e.g. the average of the 4(c) integrand over them. Same rules and grading as
    /// <see cref="EstimateGradientScoreFunction"/>.
    /// </summary>
    public static double[] EstimateGradientReparameterization(Func<double[], double[]> gradF, double[] mu, double sigma, int samples, Random rng) => throw new NotImplementedException();
}

/// <summary>
/// Question 5: tensor rematerialization, generalised to L layers with a checkpoint every k layers
/// (the handout is L = 10, k = 5). Cost model fixed by the answer key:
/// - The initial forward pass that computes the loss is NOT counted. It stores the activations of
///   layers k, 2k, 3k, ... (those ≤ L); the network input counts as stored "layer 0".
/// - The backward pass visits layers i = L, L-1, ..., 1. For each layer it performs exactly one loadmem
///   of the nearest stored activation at or below i, then runs fwd operations from there up to layer i
///   (i - checkpoint of them; zero when layer i itself is stored).
/// - k may exceed L (then only the input is stored). 1 ≤ k, 1 ≤ L.
/// </summary>
public static class Q5
{
    /// <summary>5(a). Number of fwd operations in one backward pass.</summary>
    public static int ForwardOps(int layers, int checkpointEvery) => throw new NotImplementedException();

    /// <summary>5(b). Number of loadmem operations in one backward pass.</summary>
    public static int LoadMemOps(int layers, int checkpointEvery) => throw new NotImplementedException();

    /// <summary>
    /// 5(c). Without rematerialization every activation lives on disk and the backward pass performs one
    /// loaddisk per layer (L in total) and nothing else. Given the time of one fwd (fwdNs) and one
    /// loadmem (loadMemNs) in nanoseconds, return the loaddisk time in nanoseconds at which both
    /// approaches take the same time for one backward pass.
    /// </summary>
    public static double BreakEvenLoadDiskNs(int layers, int checkpointEvery, double fwdNs, double loadMemNs) => throw new NotImplementedException();
}

/// <summary>Question 6: homework process (completion credit for a non-empty, honest answer).</summary>
public static class Q6
{
    /// <summary>6(a). What sources (if any) did you use?</summary>
    public static string Sources => throw new NotImplementedException();

    /// <summary>6(b). Who did you work with (names and student IDs, or a description of the group)? "none" is fine.</summary>
    public static string Collaborators => throw new NotImplementedException();

    /// <summary>6(c). Roughly how many hours did you spend on this homework?</summary>
    public static double HoursSpent => throw new NotImplementedException();
}
