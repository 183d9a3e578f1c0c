using Hw3.Grader.Checks.Kinds.Behaviour;

namespace Hw3.Grader.Tests.Rubrics;

/// <summary>A behaviour item's settings are checked when the rubric loads, each problem named with its path and line.</summary>
public sealed class RubricLoaderBehaviourTests
{
    private const string Settings = """{ "widths": [64, 128, 256], "hiddenLayers": 3, "seeds": [1], "batchSize": 16, "baseLr": 0.001, "slopeBound": 0.2 }""";

    private static string Item(string member = "Q2.HiddenLayerLearningRate", string? behaviour = Settings) =>
        $$"""{ "id": "b", "title": "B", "points": 1, "kind": "behaviour", "members": ["{{member}}"], "constant": "free", "axes": { "baseLr": [0.001], "fanIn": [8, 64], "fanOut": [8] }, "fitAxes": { "baseLr": [0.001], "fanIn": [16, 128], "fanOut": [16] }{{(behaviour is null ? "" : ", \"behaviour\": " + behaviour)}} }""";

    [Fact]
    public void A_behaviour_item_with_its_settings_loads()
    {
        var item = RubricJson.Loaded(RubricJson.WithItems(Item())).Items.Single();

        item.Kind.Name.Should().Be("behaviour");
        var settings = item.Settings.Should().BeOfType<BehaviourSettings>().Subject;
        settings.Widths.Should().Equal(64, 128, 256);
        settings.SlopeBound.Should().Be(0.2);
        settings.BatchSize.Should().Be(16);
        settings.Formula.ConstantIsFree.Should().BeTrue();
    }

    [Fact]
    public void A_behaviour_item_without_its_settings_is_refused_with_what_to_add()
    {
        var error = RubricJson.Errors(RubricJson.WithItems(Item(behaviour: null))).Should().ContainSingle().Subject;

        error.Path.Should().Be("$.items[0].behaviour");
        error.Line.Should().Be(5);
        error.Message.Should().Contain("missing").And.Contain("\"slopeBound\"");
    }

    [Fact]
    public void A_member_that_sets_no_layers_rate_is_refused()
    {
        RubricJson.Errors(RubricJson.WithItems(Item(member: "Q1.ExpectedRmsSquaredAtInit")))
            .Should().Contain(e => e.Path == "$.items[0].members" && e.Message.Contains("a behaviour check takes one of: Q2.HiddenLayerLearningRate, Q2.InputLayerLearningRate, Q2.OutputLayerLearningRate", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"widths\": [64, 128, 256]", "\"widths\": [64, 128]", "$.items[0].behaviour.widths", "at least three different widths")]
    [InlineData("\"slopeBound\": 0.2", "\"slopeBound\": 2", "$.items[0].behaviour.slopeBound", "between 0.01 and 0.9")]
    [InlineData("\"seeds\": [1]", "\"seeds\": [\"one\"]", "$.items[0].behaviour.seeds[0]", "at least one seed")]
    [InlineData("\"batchSize\": 16, ", "", "$.items[0].behaviour.batchSize", "missing")]
    [InlineData("\"slopeBound\": 0.2", "\"slopeBound\": 0.2, \"slope\": 1", "$.items[0].behaviour.slope", "")]
    public void A_wrong_setting_is_named_by_its_path(string from, string to, string path, string words)
    {
        var json = RubricJson.WithItems(Item(behaviour: Settings.Replace(from, to, StringComparison.Ordinal)));

        RubricJson.Errors(json).Should().Contain(e => e.Path == path && e.Message.Contains(words, StringComparison.Ordinal));
    }
}
