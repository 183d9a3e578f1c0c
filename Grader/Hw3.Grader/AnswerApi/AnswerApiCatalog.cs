namespace Hw3.Grader.AnswerApi;

/// <summary>
/// The frozen answer API of Homework 3 (issue "Foundation", section 2): every public static member a
/// submission defines. Rubrics name members from this list; the template restates it for students.
/// </summary>
public static class AnswerApiCatalog
{
    private const string Int = "int";
    private const string Double = "double";
    private const string DoubleArray = "double[]";
    private const string Function = "Func<double[], double>";
    private const string Gradient = "Func<double[], double[]>";
    private const string Random = "Random";

    public static IReadOnlyList<AnswerMember> Members { get; } =
    [
        Method("Q1", "ExpectedRmsSquaredAtInit", Double, (Int, "d1"), (Int, "d2")),
        Method("Q1", "InitScale", Double, (Int, "d1"), (Int, "d2")),
        Method("Q1", "ExpectedSignUpdateRmsSquared", Double, (Int, "d1"), (Int, "d2")),
        Method("Q1", "SignUpdateScale", Double, (Int, "d1"), (Int, "d2")),
        Property("Q1", "WhyOnlyFanInMatters", "string"),
        Property("Q2", "ActivationChangeGrowsWith", "string"),
        Property("Q2", "NormThatTracksFeatureChange", "string"),
        Method("Q2", "InputLayerLearningRate", Double, (Double, "baseLr"), (Int, "fanIn"), (Int, "fanOut")),
        Method("Q2", "HiddenLayerLearningRate", Double, (Double, "baseLr"), (Int, "fanIn"), (Int, "fanOut")),
        Method("Q2", "OutputLayerLearningRate", Double, (Double, "baseLr"), (Int, "fanIn"), (Int, "fanOut")),
        Method("Q2", "ScaledForwardMultiplier", Double, (Int, "fanIn")),
        Method("Q2", "ScaledInitMultiplier", Double, (Int, "fanIn")),
        Property("Q2", "OptimalAdamLearningRateShrinksWithWidth", "bool"),
        Property("Q2", "OptimalMuPLearningRateStableAcrossWidth", "bool"),
        Property("Q2", "Observations", "string"),
        Property("Q3", "Figure1Plots", "string"),
        Property("Q3", "OptimalLrShiftsWithWidthUnderStandardPractice", "bool"),
        Property("Q3", "OptimalLrShiftsWithWidthUnderMuP", "bool"),
        Property("Q3", "WiderIsAlwaysBetterUnderMuP", "bool"),
        Property("Q3", "StandardParamHiddenAdamLrExponent", Double),
        Property("Q3", "MuPHiddenAdamLrExponent", Double),
        Property("Q3", "SpectralNormFanOutExponent", Double),
        Property("Q3", "SpectralNormFanInExponent", Double),
        Property("Q3", "Desideratum1Why", "string"),
        Property("Q3", "Desideratum1InRms", "string"),
        Property("Q3", "Condition1InRms", "string"),
        Property("Q3", "UpperBoundsFromCondition1", "string"),
        Property("Q3", "LowerBoundAssumption", "string"),
        Method("Q4", "ScoreFunctionIntegrand", DoubleArray, (Function, "f"), (DoubleArray, "x"), (DoubleArray, "mu"), (Double, "sigma")),
        Method("Q4", "ReparameterizedIntegrand", Double, (Function, "f"), (DoubleArray, "eps"), (DoubleArray, "mu"), (Double, "sigma")),
        Method("Q4", "ReparameterizedGradientIntegrand", DoubleArray, (Gradient, "gradF"), (DoubleArray, "eps"), (DoubleArray, "mu"), (Double, "sigma")),
        Method("Q4", "GeneralScoreFunctionIntegrand", DoubleArray, (Double, "fx"), (DoubleArray, "gradLogP")),
        Method("Q4", "GaussianReparameterization", DoubleArray, (DoubleArray, "z"), (DoubleArray, "mu"), (Double, "sigma")),
        Property("Q4", "ReparameterizationGradientProof", "string"),
        Method("Q4", "EstimateGradientScoreFunction", DoubleArray, (Function, "f"), (DoubleArray, "mu"), (Double, "sigma"), (Int, "samples"), (Random, "rng")),
        Method("Q4", "EstimateGradientReparameterization", DoubleArray, (Gradient, "gradF"), (DoubleArray, "mu"), (Double, "sigma"), (Int, "samples"), (Random, "rng")),
        Method("Q5", "ForwardOps", Int, (Int, "layers"), (Int, "checkpointEvery")),
        Method("Q5", "LoadMemOps", Int, (Int, "layers"), (Int, "checkpointEvery")),
        Method("Q5", "BreakEvenLoadDiskNs", Double, (Int, "layers"), (Int, "checkpointEvery"), (Double, "fwdNs"), (Double, "loadMemNs")),
        Property("Q6", "Sources", "string"),
        Property("Q6", "Collaborators", "string"),
        Property("Q6", "HoursSpent", Double),
    ];

    private static readonly Dictionary<string, AnswerMember> ById = Members.ToDictionary(m => m.Id, StringComparer.Ordinal);

    public static bool TryGet(string id, out AnswerMember member) => ById.TryGetValue(id, out member!);

    public static AnswerMember Get(string id) =>
        ById.TryGetValue(id, out var member) ? member : throw new KeyNotFoundException($"'{id}' is not a member of the answer API");

    private static AnswerMember Method(string type, string name, string returns, params (string Type, string Name)[] parameters) =>
        new(type, name, parameters.Select(p => p.Name).ToArray(), parameters.Select(p => p.Type).ToArray(), returns);

    private static AnswerMember Property(string type, string name, string returns) => new(type, name, null, null, returns);
}
