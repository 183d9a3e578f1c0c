using Hw3.Grader.Rubrics;
using Hw3.TestFunctions;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Checks.Kinds.Statistical;

/// <summary>Reads a statistical item's <c>cases</c>: each a known test function whose parameters fit its μ.</summary>
public static class StatisticalCaseReader
{
    public static List<StatisticalCase> Read(ItemFields item)
    {
        const string Expected = "{\"function\": …, \"parameters\": […], \"mu\": […], \"sigma\": …, \"members\": […]}";
        var fields = item.Fields;
        var cases = new List<StatisticalCase>();
        foreach (var element in item.Fields.Array(item.Json, "cases", false) ?? [])
        {
            if (element is not JObject c)
            {
                fields.Fail(element, "expected " + Expected);
                continue;
            }

            fields.OnlyKnown(c, ["function", "parameters", "mu", "sigma", "members", "samples"]);
            var function = fields.String(c, "function", true, "a test-function name");
            if (function is not null && !TestFunctionCatalog.Names.Contains(function))
            {
                fields.Fail(c["function"]!, $"unknown test function \"{function}\"; expected one of: {string.Join(", ", TestFunctionCatalog.Names)}");
                function = null;
            }

            var parameters = Numbers(c, "parameters", item.Fields);
            var mu = Numbers(c, "mu", item.Fields);
            var sigma = fields.Number(c, "sigma", true, 1e-6, 1e6, "σ > 0");
            var members = c["members"] is null ? [] : fields.StringList(c, "members", true, "an array of the item's estimators");
            var samples = fields.Integer(c, "samples", false, 1, 10_000_000);
            if (function is null || parameters is null || mu is null || sigma is null)
            {
                continue;
            }

            try
            {
                var dimension = TestFunctionCatalog.Create(new TestFunctionSpec(function, [.. parameters])).Dimension;
                if (dimension != mu.Count)
                {
                    fields.Fail(c["mu"]!, $"μ has {mu.Count} components but this {function} function takes {dimension}");
                    continue;
                }
            }
            catch (ArgumentException e)
            {
                fields.Fail(c, e.Message.Split(" (Parameter", 2)[0]);
                continue;
            }

            cases.Add(new StatisticalCase(function, parameters, mu, sigma.Value, members, samples));
        }

        return cases;
    }

    private static List<double>? Numbers(JObject o, string name, JsonFields fields)
    {
        var array = fields.Array(o, name, true, "a non-empty array of numbers");
        if (array is null)
        {
            return null;
        }

        var numbers = new List<double>();
        foreach (var element in array)
        {
            if (element.Type is JTokenType.Integer or JTokenType.Float && double.IsFinite(element.Value<double>()))
            {
                numbers.Add(element.Value<double>());
            }
            else
            {
                fields.Fail(element, "expected a finite number");
                return null;
            }
        }

        if (numbers.Count == 0)
        {
            fields.Fail(array, "expected a non-empty array of numbers");
            return null;
        }

        return numbers;
    }
}
