using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Tests.Rubrics;

/// <summary>
/// rubrics/rubric.schema.json is what an editor checks a rubric against while it is written; the loader is what the
/// grader checks it against. A kind or field added to one and not the other would pass the editor and fail the
/// grader (or the other way round), so the two must name the same kinds and fields.
/// </summary>
public sealed class RubricSchemaTests
{
    private static readonly JObject Item = (JObject)JObject.Parse(File.ReadAllText(Repository.PathOf("rubrics", "rubric.schema.json")))["$defs"]!["item"]!;

    [Fact]
    public void The_schema_lists_exactly_the_kinds_the_loader_knows_in_the_same_order()
    {
        Item["properties"]!["kind"]!["enum"]!.Values<string>().Should().Equal(RubricJson.Loader().KindNames);
    }

    [Fact]
    public void The_schema_lists_exactly_the_item_fields_the_loader_reads()
    {
        ((JObject)Item["properties"]!).Properties().Select(p => p.Name).Should().BeEquivalentTo(RubricJson.Loader().ItemFieldNames);
        Item["additionalProperties"]!.Value<bool>().Should().BeFalse("a field the schema does not list is a typo to an editor, as to the loader");
    }
}
