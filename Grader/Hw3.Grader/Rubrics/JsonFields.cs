using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Rubrics;

/// <summary>
/// Reads typed fields out of a JSON object and records, instead of throwing, every field that is
/// missing or of the wrong type, with its JSON path and line.
/// </summary>
public sealed class JsonFields
{
    private readonly List<RubricError> _errors = [];

    public IReadOnlyList<RubricError> Errors => _errors;

    public void Fail(JToken at, string message) => _errors.Add(new RubricError(PathOf(at), LineOf(at), message));

    public void FailMissing(JObject parent, string name, string expected) =>
        _errors.Add(new RubricError(PathOf(parent) + "." + name, LineOf(parent), $"missing; expected {expected}"));

    public string? String(JObject o, string name, bool required, string expected = "a string")
    {
        var token = Field(o, name, required, expected);
        if (token is null)
        {
            return null;
        }

        if (token.Type != JTokenType.String || string.IsNullOrWhiteSpace(token.Value<string>()))
        {
            Fail(token, $"expected {expected}, found {Describe(token)}");
            return null;
        }

        return token.Value<string>();
    }

    public double? Number(JObject o, string name, bool required, double min = double.MinValue, double max = double.MaxValue, string expected = "a number")
    {
        var token = Field(o, name, required, expected);
        if (token is null)
        {
            return null;
        }

        if (token.Type is not (JTokenType.Integer or JTokenType.Float))
        {
            Fail(token, $"expected {expected}, found {Describe(token)}");
            return null;
        }

        var value = token.Value<double>();
        if (!double.IsFinite(value) || value < min || value > max)
        {
            Fail(token, $"expected {expected} between {Format(min)} and {Format(max)}, found {Format(value)}");
            return null;
        }

        return value;
    }

    public int? Integer(JObject o, string name, bool required, int min = int.MinValue, int max = int.MaxValue, string expected = "a whole number")
    {
        var token = Field(o, name, required, expected);
        if (token is null)
        {
            return null;
        }

        // A number too large for a long arrives as a BigInteger: out of range, not a crash.
        if (token is not JValue { Value: long value } || value < min || value > max)
        {
            Fail(token, $"expected {expected} between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}, found {Describe(token)}");
            return null;
        }

        return token.Value<int>();
    }

    public bool? Boolean(JObject o, string name, bool required)
    {
        var token = Field(o, name, required, "true or false");
        if (token is null)
        {
            return null;
        }

        if (token.Type != JTokenType.Boolean)
        {
            Fail(token, $"expected true or false, found {Describe(token)}");
            return null;
        }

        return token.Value<bool>();
    }

    public JObject? Object(JObject o, string name, bool required, string expected = "an object")
    {
        var token = Field(o, name, required, expected);
        if (token is null)
        {
            return null;
        }

        if (token is not JObject obj)
        {
            Fail(token, $"expected {expected}, found {Describe(token)}");
            return null;
        }

        return obj;
    }

    public JArray? Array(JObject o, string name, bool required, string expected = "an array")
    {
        var token = Field(o, name, required, expected);
        if (token is null)
        {
            return null;
        }

        if (token is not JArray array)
        {
            Fail(token, $"expected {expected}, found {Describe(token)}");
            return null;
        }

        return array;
    }

    public IReadOnlyList<string> StringList(JObject o, string name, bool required, string expected = "an array of strings")
    {
        var array = Array(o, name, required, expected);
        if (array is null)
        {
            return [];
        }

        var values = new List<string>();
        foreach (var element in array)
        {
            if (element.Type == JTokenType.String && !string.IsNullOrWhiteSpace(element.Value<string>()))
            {
                values.Add(element.Value<string>()!);
            }
            else
            {
                Fail(element, $"expected a non-empty string, found {Describe(element)}");
            }
        }

        return values;
    }

    /// <summary>Reports properties this object may not have (a typo such as "point" would otherwise be silently ignored).</summary>
    public void OnlyKnown(JObject o, IReadOnlyCollection<string> known)
    {
        foreach (var property in o.Properties().Where(p => !known.Contains(p.Name)))
        {
            Fail(property, $"unknown property \"{property.Name}\"; expected one of: {string.Join(", ", known)}");
        }
    }

    public static string PathOf(JToken token) => token.Path.Length == 0 ? "$" : "$." + token.Path;

    public static int? LineOf(JToken token) => token is IJsonLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    private JToken? Field(JObject o, string name, bool required, string expected)
    {
        var token = o[name];
        if (token is null || token.Type == JTokenType.Null)
        {
            if (required)
            {
                FailMissing(o, name, expected);
            }

            return null;
        }

        return token;
    }

    private static string Describe(JToken token) => token.Type switch
    {
        JTokenType.String => $"the string \"{token.Value<string>()}\"",
        JTokenType.Integer or JTokenType.Float => "the number " + token.ToString(Formatting.None),
        JTokenType.Boolean => token.ToString(Formatting.None),
        JTokenType.Array => "an array",
        JTokenType.Object => "an object",
        JTokenType.Null => "null",
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    private static string Format(double value) => value switch
    {
        double.MinValue => "−∞",
        double.MaxValue => "+∞",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };
}
