namespace Hw3.Grader.Tests.Rubrics;

public sealed class RubricLoaderFieldErrorTests
{
    [Fact]
    public void Every_missing_required_field_is_reported_with_its_path()
    {
        var json = "{\n  \"items\": [\n    { \"kind\": \"grid\" }\n  ]\n}\n";

        var errors = RubricJson.Errors(json);

        errors.Select(e => e.Path).Should().Contain(
            ["$.title", "$.seed", "$.items[0].id", "$.items[0].title", "$.items[0].points", "$.items[0].members"]);
        errors.Should().OnlyContain(e => e.Message.StartsWith("missing", StringComparison.Ordinal));
        errors.Single(e => e.Path == "$.items[0].id").Line.Should().Be(3, "a missing field is located at its object");
    }

    [Fact]
    public void A_missing_items_array_is_an_error()
    {
        RubricJson.Errors("{ \"title\": \"T\", \"seed\": 1 }").Should().ContainSingle().Which.Path.Should().Be("$.items");
    }

    [Theory]
    [InlineData("\"seed\": 7", "\"seed\": \"seven\"", "$.seed", "the string \"seven\"")]
    [InlineData("\"seed\": 7", "\"seed\": 1.5", "$.seed", "1.5")]
    [InlineData("\"seed\": 7", "\"seed\": -1", "$.seed", "-1")]
    [InlineData("\"title\": \"Test rubric\"", "\"title\": 3", "$.title", "the number 3")]
    [InlineData("\"title\": \"Test rubric\"", "\"title\": \"  \"", "$.title", "the string")]
    [InlineData("\"points\": 2", "\"points\": \"two\"", "$.items[0].points", "the string \"two\"")]
    [InlineData("\"points\": 2", "\"points\": -1", "$.items[0].points", "-1")]
    [InlineData("\"points\": 2", "\"points\": NaN", "$.items[0].points", "NaN")]
    [InlineData("\"points\": 2", "\"points\": 2, \"showExpected\": \"yes\"", "$.items[0].showExpected", "true or false")]
    [InlineData("\"points\": 2", "\"points\": 2, \"tolerance\": { \"relative\": 2 }", "$.items[0].tolerance.relative", "2")]
    [InlineData("\"points\": 2", "\"points\": 2, \"tolerance\": 0.1", "$.items[0].tolerance", "the number 0.1")]
    [InlineData("\"points\": 2", "\"points\": 2, \"callTimeoutSeconds\": 0", "$.items[0].callTimeoutSeconds", "0")]
    [InlineData("\"points\": 2", "\"points\": 2, \"mistakes\": [42]", "$.items[0].mistakes[0]", "\"formula\"")]
    [InlineData("[\"Q1.InitScale\"]", "\"Q1.InitScale\"", "$.items[0].members", "the string \"Q1.InitScale\"")]
    [InlineData("[\"Q1.InitScale\"]", "[42]", "$.items[0].members[0]", "member")]
    [InlineData("\"d1\": [1, 4]", "\"d1\": []", "$.items[0].axes.d1", "non-empty array")]
    [InlineData("\"d1\": [1, 4]", "\"d1\": [1, true]", "$.items[0].axes.d1[1]", "a finite number or a name")]
    public void A_field_of_the_wrong_type_or_range_is_an_error_at_its_path_and_line(string original, string replacement, string path, string found)
    {
        var json = RubricJson.WithItems(RubricJson.GridItem()).Replace(original, replacement, StringComparison.Ordinal);

        var errors = RubricJson.Errors(json);

        var error = errors.Should().ContainSingle(e => e.Path == path, string.Join("\n", errors)).Subject;
        error.Message.Should().Contain(found);
        error.Line.Should().Be(RubricJson.LineOf(json, replacement));
    }

    [Fact]
    public void A_whole_number_too_large_for_any_integer_type_is_an_error_not_a_crash()
    {
        var json = RubricJson.WithItems(RubricJson.GridItem()).Replace("\"seed\": 7", "\"seed\": 123456789012345678901234567890", StringComparison.Ordinal);

        RubricJson.Errors(json).Should().ContainSingle().Which.Path.Should().Be("$.seed");
    }

    [Fact]
    public void A_limit_out_of_range_is_an_error_at_its_path()
    {
        var json = RubricJson.WithItems(RubricJson.GridItem()).Replace(
            "\"seed\": 7,", "\"seed\": 7,\n  \"limits\": { \"callTimeoutSeconds\": 5, \"submissionBudgetSeconds\": 0 },", StringComparison.Ordinal);

        var error = RubricJson.Errors(json).Should().ContainSingle().Subject;

        error.Path.Should().Be("$.limits.submissionBudgetSeconds");
        error.Line.Should().Be(4);
    }

    [Theory]
    [InlineData("\"seed\": 7", "\"seed\": 7, \"seeds\": 8", "$.seeds", "seeds")]
    [InlineData("\"points\": 2", "\"point\": 2, \"points\": 2", "$.items[0].point", "point")]
    [InlineData("\"points\": 2", "\"points\": 2, \"tolerance\": { \"rel\": 0.1 }", "$.items[0].tolerance.rel", "rel")]
    [InlineData("[\"Q1.InitScale\"]", "[{ \"member\": \"Q1.InitScale\", \"accepts\": [\"Q1.InitScale\"] }]", "$.items[0].members[0].accepts", "accepts")]
    [InlineData("\"points\": 2", "\"points\": 2, \"mistakes\": [{ \"id\": \"m\", \"formula\": \"q1.d2\", \"message\": \"Hint.\", \"hint\": \"x\" }]", "$.items[0].mistakes[0].hint", "hint")]
    public void A_property_with_a_typo_is_reported_and_the_known_names_listed(string original, string replacement, string path, string name)
    {
        var json = RubricJson.WithItems(RubricJson.GridItem()).Replace(original, replacement, StringComparison.Ordinal);

        var errors = RubricJson.Errors(json);

        var error = errors.Should().ContainSingle(string.Join("\n", errors)).Subject;
        error.Path.Should().Be(path);
        error.Message.Should().Contain($"unknown property \"{name}\"").And.Contain("expected one of:");
        error.Line.Should().Be(RubricJson.LineOf(json, replacement));
    }

    [Fact]
    public void An_empty_items_array_is_an_error()
    {
        RubricJson.Errors("{ \"title\": \"T\", \"seed\": 1, \"items\": [] }").Should().ContainSingle()
            .Which.Message.Should().Contain("at least one item");
    }

    [Fact]
    public void An_item_that_is_not_an_object_is_an_error_at_its_index()
    {
        RubricJson.Errors(RubricJson.WithItems(RubricJson.GridItem(), "42")).Should().ContainSingle()
            .Which.Path.Should().Be("$.items[1]");
    }

    [Fact]
    public void An_item_without_members_is_an_error()
    {
        var json = RubricJson.WithItems(RubricJson.GridItem().Replace("[\"Q1.InitScale\"]", "[]", StringComparison.Ordinal));

        RubricJson.Errors(json).Should().ContainSingle().Which.Message.Should().Contain("at least one member");
    }

    [Fact]
    public void Problems_in_different_items_are_all_reported_at_once()
    {
        var json = RubricJson.WithItems(
            RubricJson.GridItem("a").Replace("\"points\": 2", "\"points\": \"2\"", StringComparison.Ordinal),
            RubricJson.GridItem("b"),
            RubricJson.GridItem("c").Replace("\"title\": \"Item c\"", "\"titel\": \"Item c\"", StringComparison.Ordinal),
            RubricJson.GridItem("d").Replace("Q1.InitScale", "Q1.InitScal", StringComparison.Ordinal));

        var errors = RubricJson.Errors(json);

        errors.Select(e => e.Path).Should().Contain(["$.items[0].points", "$.items[2].titel", "$.items[2].title", "$.items[3].members[0]"]);
        errors.Select(e => e.Line).Should().Contain([5, 7, 8]);
    }
}
