using Hw3.Grader.Rubrics;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Checks.Behaviour;

/// <summary>
/// Reads and validates a behaviour item's "behaviour" object; every problem is recorded with its JSON path and line,
/// like the rest of the rubric.
/// </summary>
internal static class BehaviourSettingsReader
{
    public const string Field = "behaviour";

    private static readonly string[] Fields = ["widths", "hiddenLayers", "seeds", "batchSize", "baseLr", "slopeBound"];

    /// <summary>Null when the item has no "behaviour" object (only a behaviour item needs one: <see cref="Validate"/>).</summary>
    public static BehaviourSettings? Read(JObject item, JsonFields fields)
    {
        var o = fields.Object(item, Field, required: false, "{\"widths\": […], \"hiddenLayers\": …, \"seeds\": […], \"batchSize\": …, \"baseLr\": …, \"slopeBound\": …}");
        if (o is null)
        {
            return null;
        }

        fields.OnlyKnown(o, Fields);
        var widths = Integers(o, "widths", fields, 2, 4096, "at least three widths from 2 to 4096, e.g. [64, 128, 256, 512, 1024]");
        var seeds = Integers(o, "seeds", fields, 0, int.MaxValue, "at least one seed, e.g. [1, 2]");
        var hiddenLayers = fields.Integer(o, "hiddenLayers", true, 2, 8, "a number of hidden layers from 2 to 8 (at least one hidden-to-hidden layer)");
        var batchSize = fields.Integer(o, "batchSize", true, 1, 1024, "examples per batch");
        var baseLr = fields.Number(o, "baseLr", true, 1e-8, 1, "a base learning rate");
        var bound = fields.Number(o, "slopeBound", true, 0.01, 0.9, "the largest |slope| of a flat layer");
        if (widths is { Count: < 3 } || widths?.Distinct().Count() != widths?.Count)
        {
            fields.Fail(o["widths"]!, "expected at least three different widths (a slope needs them)");
            return null;
        }

        if (seeds is { Count: 0 })
        {
            fields.Fail(o["seeds"]!, "expected at least one seed");
            return null;
        }

        return widths is null || seeds is null || hiddenLayers is null || batchSize is null || baseLr is null || bound is null
            ? null
            : new BehaviourSettings(widths, hiddenLayers.Value, seeds, batchSize.Value, baseLr.Value, bound.Value);
    }

    /// <summary>A behaviour item needs its settings and learning-rate members only.</summary>
    public static void Validate(JObject item, IReadOnlyList<RubricTarget> targets, JsonFields fields)
    {
        if (item[Field] is null)
        {
            fields.FailMissing(item, Field, "the coordinate check's settings: {\"widths\": […], \"hiddenLayers\": …, \"seeds\": […], \"batchSize\": …, \"baseLr\": …, \"slopeBound\": …}");
        }

        if (targets.Count != 1)
        {
            fields.Fail(item["members"]!, "a behaviour check grades one learning-rate member; give each layer kind an item of its own");
        }

        foreach (var target in targets.Where(t => RateMembers.KindOf(t.Member) is null))
        {
            fields.Fail(item["members"]!, $"{target.Member.Id} sets no layer's learning rate; a behaviour check takes one of: {string.Join(", ", RateMembers.Names)}");
        }
    }

    private static List<int>? Integers(JObject o, string name, JsonFields fields, int min, int max, string expected)
    {
        var array = fields.Array(o, name, true, expected);
        if (array is null)
        {
            return null;
        }

        var values = new List<int>();
        foreach (var element in array)
        {
            if (element.Type != JTokenType.Integer || element.Value<long>() < min || element.Value<long>() > max)
            {
                fields.Fail(element, $"expected {expected}; found {element.ToString(Newtonsoft.Json.Formatting.None)}");
                return null;
            }

            values.Add(element.Value<int>());
        }

        return values;
    }
}
