using System.Text;

namespace Hw3.Grader.Tests.Rubrics;

public sealed class RubricLoaderSyntaxErrorTests
{
    [Fact]
    public void Malformed_json_is_one_error_with_its_line()
    {
        var json = "{\n  \"title\": \"T\",\n  \"seed\": 7\n  \"items\": []\n}\n";

        var error = RubricJson.Errors(json).Should().ContainSingle().Subject;

        error.Path.Should().StartWith("$");
        error.Line.Should().Be(4);
        error.Message.Should().StartWith("not valid JSON");
        error.Message.Should().NotContain(" Path '", "the path is reported separately");
    }

    [Fact]
    public void A_truncated_file_is_an_error_not_a_crash()
    {
        var json = RubricJson.WithItems(RubricJson.GridItem());

        RubricJson.Errors(json[..(json.Length / 2)]).Should().ContainSingle().Which.Message.Should().StartWith("not valid JSON");
    }

    [Fact]
    public void An_empty_file_is_an_error_not_a_crash()
    {
        RubricJson.Errors("").Should().ContainSingle();
    }

    [Fact]
    public void A_top_level_array_is_an_error()
    {
        RubricJson.Errors("[1, 2]").Should().ContainSingle().Which.Message.Should().Contain("expected a JSON object");
    }

    [Fact]
    public void A_property_given_twice_is_an_error_not_a_crash()
    {
        var json = RubricJson.WithItems(RubricJson.GridItem().Replace("\"points\": 2", "\"points\": 2, \"points\": 3", StringComparison.Ordinal));

        var error = RubricJson.Errors(json).Should().ContainSingle().Subject;

        error.Message.Should().Contain("points");
        error.Line.Should().Be(5);
    }

    [Fact]
    public void A_utf8_byte_order_mark_does_not_stop_a_rubric_from_loading()
    {
        // Editors on Windows save UTF-8 with a byte-order mark; the rubric is still the same text.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(RubricJson.WithItems(RubricJson.GridItem()))).ToArray();

        var result = RubricJson.Loader().Load(bytes, "bom.json");

        result.Errors.Should().BeEmpty();
        result.Success.Should().BeTrue();
    }
}
