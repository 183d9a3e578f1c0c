namespace Hw3.ReferenceSolutions.Tests.Samples;

/// <summary>The frozen answer API of Homework 3, as the template and every sample must spell it.</summary>
internal static class AnswerApiMembers
{
    private static readonly Type[] TwoInts = [typeof(int), typeof(int)];
    private static readonly Type[] LearningRate = [typeof(double), typeof(int), typeof(int)];

    public static IReadOnlyList<AnswerApiMember> All { get; } =
    [
        Method("Q1", "ExpectedRmsSquaredAtInit", typeof(double), TwoInts),
        Method("Q1", "InitScale", typeof(double), TwoInts),
        Method("Q1", "ExpectedSignUpdateRmsSquared", typeof(double), TwoInts),
        Method("Q1", "SignUpdateScale", typeof(double), TwoInts),
        Property("Q1", "WhyOnlyFanInMatters", typeof(string)),
        Property("Q2", "ActivationChangeGrowsWith", typeof(string)),
        Property("Q2", "NormThatTracksFeatureChange", typeof(string)),
        Method("Q2", "InputLayerLearningRate", typeof(double), LearningRate),
        Method("Q2", "HiddenLayerLearningRate", typeof(double), LearningRate),
        Method("Q2", "OutputLayerLearningRate", typeof(double), LearningRate),
        Method("Q2", "ScaledForwardMultiplier", typeof(double), typeof(int)),
        Method("Q2", "ScaledInitMultiplier", typeof(double), typeof(int)),
        Property("Q2", "OptimalAdamLearningRateShrinksWithWidth", typeof(bool)),
        Property("Q2", "OptimalMuPLearningRateStableAcrossWidth", typeof(bool)),
        Property("Q2", "Observations", typeof(string)),
        Property("Q3", "Figure1Plots", typeof(string)),
        Property("Q3", "OptimalLrShiftsWithWidthUnderStandardPractice", typeof(bool)),
        Property("Q3", "OptimalLrShiftsWithWidthUnderMuP", typeof(bool)),
        Property("Q3", "WiderIsAlwaysBetterUnderMuP", typeof(bool)),
        Property("Q3", "StandardParamHiddenAdamLrExponent", typeof(double)),
        Property("Q3", "MuPHiddenAdamLrExponent", typeof(double)),
        Property("Q3", "SpectralNormFanOutExponent", typeof(double)),
        Property("Q3", "SpectralNormFanInExponent", typeof(double)),
        Property("Q3", "Desideratum1Why", typeof(string)),
        Property("Q3", "Desideratum1InRms", typeof(string)),
        Property("Q3", "Condition1InRms", typeof(string)),
        Property("Q3", "UpperBoundsFromCondition1", typeof(string)),
        Property("Q3", "LowerBoundAssumption", typeof(string)),
        Method("Q4", "ScoreFunctionIntegrand", typeof(double[]), typeof(Func<double[], double>), typeof(double[]), typeof(double[]), typeof(double)),
        Method("Q4", "ReparameterizedIntegrand", typeof(double), typeof(Func<double[], double>), typeof(double[]), typeof(double[]), typeof(double)),
        Method("Q4", "ReparameterizedGradientIntegrand", typeof(double[]), typeof(Func<double[], double[]>), typeof(double[]), typeof(double[]), typeof(double)),
        Method("Q4", "GeneralScoreFunctionIntegrand", typeof(double[]), typeof(double), typeof(double[])),
        Method("Q4", "GaussianReparameterization", typeof(double[]), typeof(double[]), typeof(double[]), typeof(double)),
        Property("Q4", "ReparameterizationGradientProof", typeof(string)),
        Method("Q4", "EstimateGradientScoreFunction", typeof(double[]), typeof(Func<double[], double>), typeof(double[]), typeof(double), typeof(int), typeof(Random)),
        Method("Q4", "EstimateGradientReparameterization", typeof(double[]), typeof(Func<double[], double[]>), typeof(double[]), typeof(double), typeof(int), typeof(Random)),
        Method("Q5", "ForwardOps", typeof(int), TwoInts),
        Method("Q5", "LoadMemOps", typeof(int), TwoInts),
        Method("Q5", "BreakEvenLoadDiskNs", typeof(double), typeof(int), typeof(int), typeof(double), typeof(double)),
        Property("Q6", "Sources", typeof(string)),
        Property("Q6", "Collaborators", typeof(string)),
        Property("Q6", "HoursSpent", typeof(double)),
    ];

    public static IEnumerable<object[]> Ids => All.Select(m => new object[] { m.Id });

    public static AnswerApiMember Get(string id) =>
        All.SingleOrDefault(m => m.Id == id) ?? throw new KeyNotFoundException($"'{id}' is not in the answer API");

    private static AnswerApiMember Method(string type, string name, Type returns, params Type[] parameters) =>
        new(type, name, parameters, returns);

    private static AnswerApiMember Property(string type, string name, Type returns) => new(type, name, null, returns);
}
