using Hw3.Grader.Rubrics;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Checks;

/// <summary>A rubric array of whole numbers within bounds (widths, seeds): every bad element is reported with its path and line.</summary>
public static class IntegerListReader
{
    /// <returns>The values, or null when the array is missing or an element is not a whole number within [min, max] (an error is recorded).</returns>
    public static List<int>? Read(JObject o, string name, JsonFields fields, int min, int max, string expected)
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
