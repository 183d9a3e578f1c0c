using Hw3.Grader.Protocol.Values;
using Hw3.ReferenceSolutions.Q1;
using Hw3.ReferenceSolutions.Q2;
using Hw3.ReferenceSolutions.Q3;
using Hw3.ReferenceSolutions.Q4;
using Hw3.ReferenceSolutions.Q5;

namespace Hw3.Grader.References;

/// <summary>
/// The reference answers a rubric may name, each computed by ReferenceSolutions in the grader process
/// (never typed in, never sent to a runner). A name equal to an answer-API member is that member's
/// reference; "member#form" names an accepted alternative form.
/// </summary>
public sealed class ReferenceCatalog() : FormulaCatalog("reference-formulas", Formulas)
{
    private static readonly Dictionary<string, Func<CallArguments, WireValue>> Formulas = new(StringComparer.Ordinal)
    {
        ["Q1.ExpectedRmsSquaredAtInit"] = a => WireValue.Of(Q1Reference.ExpectedRmsSquaredAtInit(a.Int(0), a.Int(1))),
        ["Q1.InitScale"] = a => WireValue.Of(Q1Reference.InitScale(a.Int(0), a.Int(1))),
        ["Q1.ExpectedSignUpdateRmsSquared"] = a => WireValue.Of(Q1Reference.ExpectedSignUpdateRmsSquared(a.Int(0), a.Int(1))),
        ["Q1.ExpectedSignUpdateRmsSquared#leading-term"] = a => WireValue.Of(Q1Reference.SignUpdateRmsSquaredLeadingTerm(a.Int(0), a.Int(1))),
        ["Q1.SignUpdateScale"] = a => WireValue.Of(Q1Reference.SignUpdateScale(a.Int(0), a.Int(1))),
        ["Q1.SignUpdateScale#unit-mean-square"] = a => WireValue.Of(Q1Reference.SignUpdateScaleForUnitMeanSquare(a.Int(0), a.Int(1))),
        ["Q1.SignUpdateScale#order"] = a => WireValue.Of(Q1Reference.SignUpdateScaleByOrder(a.Int(0), a.Int(1))),

        ["Q2.ActivationChangeGrowsWith"] = _ => WireValue.Of(Q2Reference.ActivationChangeGrowsWith()),
        ["Q2.NormThatTracksFeatureChange"] = _ => WireValue.Of(Q2Reference.NormThatTracksFeatureChange()),
        ["Q2.InputLayerLearningRate"] = a => WireValue.Of(Q2Reference.InputLayerLearningRate(a.Double(0), a.Int(1), a.Int(2))),
        ["Q2.HiddenLayerLearningRate"] = a => WireValue.Of(Q2Reference.HiddenLayerLearningRate(a.Double(0), a.Int(1), a.Int(2))),
        ["Q2.OutputLayerLearningRate"] = a => WireValue.Of(Q2Reference.OutputLayerLearningRate(a.Double(0), a.Int(1), a.Int(2))),
        ["Q2.ScaledForwardMultiplier"] = a => WireValue.Of(Q2Reference.ScaledForwardMultiplier(a.Int(0))),
        ["Q2.ScaledInitMultiplier"] = a => WireValue.Of(Q2Reference.ScaledInitMultiplier(a.Int(0))),
        ["Q2.OptimalAdamLearningRateShrinksWithWidth"] = _ => WireValue.Of(Q2Reference.OptimalAdamLearningRateShrinksWithWidth()),
        ["Q2.OptimalMuPLearningRateStableAcrossWidth"] = _ => WireValue.Of(Q2Reference.OptimalMuPLearningRateStableAcrossWidth()),

        ["Q3.OptimalLrShiftsWithWidthUnderStandardPractice"] = _ => WireValue.Of(Q3Reference.OptimalLrShiftsWithWidthUnderStandardPractice()),
        ["Q3.OptimalLrShiftsWithWidthUnderMuP"] = _ => WireValue.Of(Q3Reference.OptimalLrShiftsWithWidthUnderMuP()),
        ["Q3.WiderIsAlwaysBetterUnderMuP"] = _ => WireValue.Of(Q3Reference.WiderIsAlwaysBetterUnderMuP()),
        ["Q3.StandardParamHiddenAdamLrExponent"] = _ => WireValue.Of(Q3Reference.StandardParamHiddenAdamLrExponent()),
        ["Q3.MuPHiddenAdamLrExponent"] = _ => WireValue.Of(Q3Reference.MuPHiddenAdamLrExponent()),
        ["Q3.SpectralNormFanOutExponent"] = _ => WireValue.Of(Q3Reference.SpectralNormFanOutExponent()),
        ["Q3.SpectralNormFanInExponent"] = _ => WireValue.Of(Q3Reference.SpectralNormFanInExponent()),

        ["Q4.ScoreFunctionIntegrand"] = a => WireValue.Of(Q4Reference.ScoreFunctionIntegrand(a.Function(0).Value, a.Array(1), a.Array(2), a.Double(3))),
        ["Q4.ScoreFunctionIntegrand#baseline"] = a => WireValue.Of(Q4Reference.ScoreFunctionIntegrandWithBaseline(a.Function(0).Value, a.Array(1), a.Array(2), a.Double(3))),
        ["Q4.ReparameterizedIntegrand#mirrored"] = a => WireValue.Of(Q4Reference.ReparameterizedIntegrandMirrored(a.Function(0).Value, a.Array(1), a.Array(2), a.Double(3))),
        ["Q4.ReparameterizedGradientIntegrand#mirrored"] = a => WireValue.Of(Q4Reference.ReparameterizedGradientIntegrandMirrored(a.Function(0).Gradient, a.Array(1), a.Array(2), a.Double(3))),
        ["Q4.GaussianReparameterization#mirrored"] = a => WireValue.Of(Q4Reference.GaussianReparameterizationMirrored(a.Array(0), a.Array(1), a.Double(2))),
        ["Q4.ReparameterizedIntegrand"] = a => WireValue.Of(Q4Reference.ReparameterizedIntegrand(a.Function(0).Value, a.Array(1), a.Array(2), a.Double(3))),
        ["Q4.ReparameterizedGradientIntegrand"] = a => WireValue.Of(Q4Reference.ReparameterizedGradientIntegrand(a.Function(0).Gradient, a.Array(1), a.Array(2), a.Double(3))),
        ["Q4.GeneralScoreFunctionIntegrand"] = a => WireValue.Of(Q4Reference.GeneralScoreFunctionIntegrand(a.Double(0), a.Array(1))),
        ["Q4.GaussianReparameterization"] = a => WireValue.Of(Q4Reference.GaussianReparameterization(a.Array(0), a.Array(1), a.Double(2))),

        ["Q5.ForwardOps"] = a => WireValue.Of(Q5Reference.ForwardOps(a.Int(0), a.Int(1))),
        ["Q5.LoadMemOps"] = a => WireValue.Of(Q5Reference.LoadMemOps(a.Int(0), a.Int(1))),
        ["Q5.BreakEvenLoadDiskNs"] = a => WireValue.Of(Q5Reference.BreakEvenLoadDiskNs(a.Int(0), a.Int(1), a.Double(2), a.Double(3))),
    };
}
