using Hw3.Grader.Checks.Kinds;
using Hw3.Grader.Checks.Kinds.ScaledMlp;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Tests.Rubrics;

/// <summary>A scaledmlp item's settings are checked when the rubric loads, each problem named with its path and line.</summary>
public sealed class RubricLoaderScaledMlpTests
{
    private const string Settings = """{ "hiddenWidths": [8, 32], "seeds": [1], "batchSize": 16, "learningRate": 0.001, "effectTolerance": 0.5, "functionTolerance": 1e-6 }""";

    /// <summary>The test loader, knowing the multipliers' references too (the shared one lists only the references its tests name).</summary>
    private static RubricLoader Loader { get; } = CheckKinds.RubricLoader(
        name => name.StartsWith("Q2.Scaled", StringComparison.Ordinal) || RubricJson.References.Contains(name) || RubricJson.MembersWithoutReference.Contains(name),
        name => RubricJson.Formulas.Contains(name));

    private static string Item(string members = "\"Q2.ScaledForwardMultiplier\", \"Q2.ScaledInitMultiplier\"", string? experiment = Settings) =>
        $$"""{ "id": "d", "title": "D", "points": 2, "kind": "scaledmlp", "members": [{{members}}], "tolerance": { "relative": 5e-4, "absolute": 1e-12 }, "axes": { "fanIn": [1, 7] }, "fitAxes": { "fanIn": [16, 128] }{{(experiment is null ? "" : ", \"scaledMlp\": " + experiment)}} }""";

    [Fact]
    public void A_scaledmlp_item_with_its_settings_loads()
    {
        var item = RubricJson.Loaded(Loader, RubricJson.WithItems(Item())).Items.Single();

        item.Kind.Name.Should().Be("scaledmlp");
        var settings = item.Settings.Should().BeOfType<ScaledMlpSettings>().Subject;
        settings.HiddenWidths.Should().Equal(8, 32);
        settings.EffectTolerance.Should().Be(0.5);
        settings.FunctionTolerance.Should().Be(1e-6);
    }

    [Fact]
    public void A_scaledmlp_item_without_its_settings_is_refused_with_what_to_add()
    {
        var error = RubricJson.Errors(Loader, RubricJson.WithItems(Item(experiment: null))).Should().ContainSingle().Subject;

        error.Path.Should().Be("$.items[0].scaledMlp");
        error.Message.Should().Contain("missing").And.Contain("\"functionTolerance\"");
    }

    [Fact]
    public void An_item_that_grades_one_multiplier_alone_is_refused()
    {
        RubricJson.Errors(Loader, RubricJson.WithItems(Item(members: "\"Q2.ScaledForwardMultiplier\"")))
            .Should().Contain(e => e.Path == "$.items[0].members" && e.Message.Contains("grades both multipliers together", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"hiddenWidths\": [8, 32]", "\"hiddenWidths\": [8]", "$.items[0].scaledMlp.hiddenWidths", "at least two hidden widths")]
    [InlineData("\"effectTolerance\": 0.5", "\"effectTolerance\": 3", "$.items[0].scaledMlp.effectTolerance", "between 0.01 and 1")]
    [InlineData("\"seeds\": [1]", "\"seeds\": []", "$.items[0].scaledMlp.seeds", "at least one seed")]
    [InlineData("\"batchSize\": 16, ", "", "$.items[0].scaledMlp.batchSize", "missing")]
    [InlineData("\"functionTolerance\": 1e-6", "\"functionTolerance\": 1e-6, \"tolerance\": 1", "$.items[0].scaledMlp.tolerance", "")]
    public void A_wrong_setting_is_named_by_its_path(string from, string to, string path, string words)
    {
        var json = RubricJson.WithItems(Item(experiment: Settings.Replace(from, to, StringComparison.Ordinal)));

        RubricJson.Errors(Loader, json).Should().Contain(e => e.Path == path && e.Message.Contains(words, StringComparison.Ordinal));
    }
}
