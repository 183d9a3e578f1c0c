using Hw3.Grader.Checks.Kinds;
using System.Text;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Tests.Rubrics;

/// <summary>Small rubric texts and a loader whose catalogs the tests choose, so each test shows the one problem it is about.</summary>
internal static class RubricJson
{
    /// <summary>Reference names the test loader knows: computed answers and one accepted alternative form.</summary>
    public static readonly string[] References =
    [
        "Q1.ExpectedRmsSquaredAtInit", "Q1.InitScale", "Q1.ExpectedSignUpdateRmsSquared", "Q1.ExpectedSignUpdateRmsSquared#leading-term",
        "Q2.ActivationChangeGrowsWith", "Q2.HiddenLayerLearningRate", "Q2.OptimalAdamLearningRateShrinksWithWidth",
        "Q3.MuPHiddenAdamLrExponent", "Q4.ScoreFunctionIntegrand", "Q5.ForwardOps",
    ];

    /// <summary>Members that have no reference by design (answers for staff, completion, estimators); tests that are not about references accept them.</summary>
    public static readonly string[] MembersWithoutReference =
    [
        "Q1.WhyOnlyFanInMatters", "Q6.Sources", "Q6.HoursSpent", "Q4.EstimateGradientScoreFunction", "Q4.EstimateGradientReparameterization",
    ];

    public static readonly string[] Formulas = ["q1.d1-times-d2", "q1.d2"];

    /// <summary>A valid grid item on Q1.InitScale with the id <paramref name="id"/>.</summary>
    public static string GridItem(string id = "a") =>
        $$"""{ "id": "{{id}}", "title": "Item {{id}}", "points": 2, "kind": "grid", "members": ["Q1.InitScale"], "axes": { "d1": [1, 4], "d2": [1, 3] } }""";

    /// <summary>A rubric with these items, one item per line (the first item is on line 5).</summary>
    public static string WithItems(params string[] items) =>
        "{\n  \"title\": \"Test rubric\",\n  \"seed\": 7,\n  \"items\": [\n    " + string.Join(",\n    ", items) + "\n  ]\n}\n";

    public static RubricLoader Loader() =>
        CheckKinds.RubricLoader(name => References.Contains(name) || MembersWithoutReference.Contains(name), name => Formulas.Contains(name));

    public static RubricLoadResult Load(string json) => Loader().Load(Encoding.UTF8.GetBytes(json), "test.json");

    /// <summary>The errors of a rubric that must not load.</summary>
    public static IReadOnlyList<RubricError> Errors(string json) => Errors(Loader(), json);

    /// <summary>The errors of a rubric that <paramref name="loader"/> must refuse.</summary>
    public static IReadOnlyList<RubricError> Errors(RubricLoader loader, string json)
    {
        var result = loader.Load(Encoding.UTF8.GetBytes(json), "test.json");
        result.Should().BeOfType<RubricLoadResult.Refused>("the rubric has a problem:\n" + json);
        return result.Errors;
    }

    /// <summary>The rubric, which must load.</summary>
    public static Rubric Loaded(string json) => Loaded(Loader(), json);

    /// <summary>The rubric, which <paramref name="loader"/> must load.</summary>
    public static Rubric Loaded(RubricLoader loader, string json)
    {
        var result = loader.Load(Encoding.UTF8.GetBytes(json), "test.json");
        result.Errors.Should().BeEmpty();
        return result.Should().BeOfType<RubricLoadResult.Loaded>().Subject.Rubric;
    }

    /// <summary>The 1-based line of the first occurrence of <paramref name="marker"/>.</summary>
    public static int LineOf(string json, string marker)
    {
        var index = json.IndexOf(marker, StringComparison.Ordinal);
        index.Should().BeGreaterThanOrEqualTo(0, $"the rubric text contains {marker}");
        return json[..index].Count(c => c == '\n') + 1;
    }
}
