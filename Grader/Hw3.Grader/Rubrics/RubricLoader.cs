using System.Security.Cryptography;
using Hw3.Grader.AnswerApi;
using Hw3.Grader.Checks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Rubrics;

/// <summary>
/// Reads a rubric file and validates all of it before any grading starts: every problem is reported
/// with its JSON path and line, never as a crash halfway through a batch.
/// </summary>
public sealed class RubricLoader(Func<string, bool> isReference, Func<string, bool> isMistakeFormula)
{
    /// <summary>
    /// statistical: without a ceiling a noisy enough estimator hides any bias behind its own error bar (pure noise,
    /// or zeros with a rare huge outlier, passed); a correct estimator of the asked form stays far below 16 (its
    /// sample variance over 50 calls passes 16× the true one with probability far under 1e-30).
    /// </summary>
    public const double DefaultSpreadCeiling = 16;

    private static readonly string[] TopLevelFields = ["$schema", "title", "version", "seed", "limits", "items", "description"];
    private static readonly string[] LimitFields = ["callTimeoutSeconds", "submissionBudgetSeconds"];
    private static readonly string[] ItemFields =
    [
        "id", "title", "description", "points", "kind", "visibility", "members", "tolerance", "mistakes", "callTimeoutSeconds",
        "axes", "generator", "fitAxes", "constant", "exponentTolerance", "partialCredit", "choices", "cases", "samples",
        "replicates", "falseFailProbability", "spreadFloor", "spreadCeiling", "numericFloor", "detectBias", "detectProbability", "partialForms", "showExpected",
        Checks.Behaviour.BehaviourSettingsReader.Field,
    ];

    private static readonly string[] Generators = ["gaussian"];

    public RubricLoadResult LoadFile(string path)
    {
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return Failed(fileName, "$", $"the rubric file {path} does not exist");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(fileName, "$", $"the rubric file {path} cannot be read: {e.Message}");
        }

        return Load(bytes, fileName);
    }

    public RubricLoadResult Load(byte[] bytes, string fileName)
    {
        JToken root;
        try
        {
            // A rubric saved by an editor that writes a byte-order mark is still a rubric.
            using var reader = new JsonTextReader(new StringReader(System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF')));
            root = JToken.ReadFrom(reader, new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                CommentHandling = CommentHandling.Ignore,
            });
        }
        catch (JsonReaderException e)
        {
            var path = string.IsNullOrEmpty(e.Path) ? "$" : "$." + e.Path;
            return new RubricLoadResult(null, [new RubricError(path, e.LineNumber, "not valid JSON: " + FirstSentence(e.Message))], fileName);
        }

        if (root is not JObject top)
        {
            return Failed(fileName, "$", "expected a JSON object with \"title\", \"seed\" and \"items\"");
        }

        var fields = new JsonFields();
        fields.OnlyKnown(top, TopLevelFields);
        var title = fields.String(top, "title", required: true);
        var version = fields.String(top, "version", required: false) ?? "";
        var seed = fields.Integer(top, "seed", required: true, 0);
        var limits = fields.Object(top, "limits", required: false);
        var defaultCallTimeout = 5.0;
        var budget = 120.0;
        if (limits is not null)
        {
            fields.OnlyKnown(limits, LimitFields);
            defaultCallTimeout = fields.Number(limits, "callTimeoutSeconds", false, 0.05, 600) ?? defaultCallTimeout;
            budget = fields.Number(limits, "submissionBudgetSeconds", false, 1, 3600) ?? budget;
        }

        var items = new List<RubricItem>();
        var itemsArray = fields.Array(top, "items", required: true, "an array of items");
        if (itemsArray is { Count: 0 })
        {
            fields.Fail(itemsArray, "expected at least one item");
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in itemsArray ?? [])
        {
            if (element is not JObject itemObject)
            {
                fields.Fail(element, "expected an item object");
                continue;
            }

            var item = ReadItem(itemObject, fields, TimeSpan.FromSeconds(defaultCallTimeout));
            if (item is null)
            {
                continue;
            }

            if (seen.TryGetValue(item.Id, out var firstPath))
            {
                fields.Fail(itemObject["id"]!, $"duplicate item id \"{item.Id}\" (first used at {firstPath})");
                continue;
            }

            seen[item.Id] = item.Path;
            items.Add(item);
        }

        if (fields.Errors.Count > 0 || title is null || seed is null)
        {
            return new RubricLoadResult(null, fields.Errors, fileName);
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new RubricLoadResult(new Rubric(title, version, seed.Value, TimeSpan.FromSeconds(budget), items, sha, fileName), [], fileName);
    }

    private RubricItem? ReadItem(JObject o, JsonFields fields, TimeSpan defaultCallTimeout)
    {
        var errorsBefore = fields.Errors.Count;
        fields.OnlyKnown(o, ItemFields);
        var id = fields.String(o, "id", true, "a stable item id such as \"q1a.rms\"");
        var title = fields.String(o, "title", true);
        var points = fields.Number(o, "points", true, 0, 1000, "points (a number ≥ 0)");
        var kindText = fields.String(o, "kind", true, "a check kind");
        CheckKind? kind = null;
        if (kindText is not null)
        {
            // Exact names only: Enum.TryParse would also take "grid,choice" (flags) or "3".
            var name = Enum.GetNames<CheckKind>().FirstOrDefault(n => string.Equals(n, kindText, StringComparison.OrdinalIgnoreCase));
            if (name is not null)
            {
                kind = Enum.Parse<CheckKind>(name);
            }
            else
            {
                fields.Fail(o["kind"]!, $"unknown kind \"{kindText}\"; expected one of: {string.Join(", ", Enum.GetNames<CheckKind>().Select(n => n.ToLowerInvariant()))}");
            }
        }

        var visibility = fields.String(o, "visibility", false) ?? Visibility.Visible;
        if (!Visibility.All.Contains(visibility))
        {
            fields.Fail(o["visibility"]!, $"unknown visibility \"{visibility}\"; expected one of: {string.Join(", ", Visibility.All)}");
        }

        var targets = ReadTargets(o, fields, needsReferences: kind is not (CheckKind.Manual or CheckKind.Completion or CheckKind.Statistical));
        var tolerance = ReadTolerance(o, fields);
        var mistakes = ReadMistakes(o, fields);
        var callTimeout = fields.Number(o, "callTimeoutSeconds", false, 0.05, 600) is { } seconds ? TimeSpan.FromSeconds(seconds) : defaultCallTimeout;
        var settings = ReadSettings(o, fields);
        foreach (var form in settings.PartialForms ?? [])
        {
            if (!isMistakeFormula(form))
            {
                fields.Fail(o["partialForms"]!, $"no mistake formula named \"{form}\"");
            }
        }

        if (kind is { } k && targets.Count > 0)
        {
            ValidateKind(o, k, targets, settings, fields);
        }

        if (fields.Errors.Count > errorsBefore || id is null || title is null || points is null || kind is null)
        {
            return null;
        }

        return new RubricItem(id, title, points.Value, kind.Value, visibility, targets, tolerance, mistakes, callTimeout, settings, JsonFields.PathOf(o));
    }

    private List<RubricTarget> ReadTargets(JObject o, JsonFields fields, bool needsReferences)
    {
        var targets = new List<RubricTarget>();
        var members = fields.Array(o, "members", true, "an array of answer-API members, e.g. [\"Q1.InitScale\"]");
        if (members is { Count: 0 })
        {
            fields.Fail(members, "expected at least one member");
        }

        foreach (var element in members ?? [])
        {
            string? name;
            IReadOnlyList<string>? accept = null;
            switch (element)
            {
                case JValue { Type: JTokenType.String } value:
                    name = value.Value<string>();
                    break;
                case JObject memberObject:
                    fields.OnlyKnown(memberObject, ["member", "accept"]);
                    name = fields.String(memberObject, "member", true, "an answer-API member such as \"Q1.InitScale\"");
                    accept = memberObject["accept"] is null ? null : fields.StringList(memberObject, "accept", true, "an array of reference names");
                    break;
                default:
                    fields.Fail(element, "expected a member name or {\"member\": …, \"accept\": […]}");
                    continue;
            }

            if (name is null)
            {
                continue;
            }

            if (!AnswerApiCatalog.TryGet(name, out var member))
            {
                fields.Fail(element, $"\"{name}\" is not a member of the answer API (see Submissions/template/Hw3.cs)");
                continue;
            }

            // Manual, completion and statistical items have no single reference value per call.
            accept ??= needsReferences ? [member.Id] : [];
            foreach (var reference in accept.Where(r => !isReference(r)))
            {
                fields.Fail(element, $"no reference named \"{reference}\"");
            }

            targets.Add(new RubricTarget(member, accept));
        }

        return targets;
    }

    private static Tolerance ReadTolerance(JObject o, JsonFields fields)
    {
        var tolerance = fields.Object(o, "tolerance", false, "{\"relative\": …, \"absolute\": …}");
        if (tolerance is null)
        {
            return Tolerance.Default;
        }

        fields.OnlyKnown(tolerance, ["relative", "absolute"]);
        return new Tolerance(
            fields.Number(tolerance, "relative", false, 0, 1) ?? Tolerance.Default.Relative,
            fields.Number(tolerance, "absolute", false, 0, 1e6) ?? Tolerance.Default.Absolute);
    }

    private List<RubricMistake> ReadMistakes(JObject o, JsonFields fields)
    {
        var mistakes = new List<RubricMistake>();
        foreach (var element in fields.Array(o, "mistakes", false) ?? [])
        {
            if (element is not JObject m)
            {
                fields.Fail(element, "expected {\"id\": …, \"formula\": …, \"message\": …}");
                continue;
            }

            fields.OnlyKnown(m, ["id", "formula", "message"]);
            var id = fields.String(m, "id", true);
            var formula = fields.String(m, "formula", true, "a mistake formula name");
            var message = fields.String(m, "message", true, "one sentence for the student");
            if (formula is not null && !isMistakeFormula(formula))
            {
                fields.Fail(m["formula"]!, $"no mistake formula named \"{formula}\"");
            }

            if (id is not null && formula is not null && message is not null)
            {
                mistakes.Add(new RubricMistake(id, formula, message));
            }
        }

        return mistakes;
    }

    private static ItemSettings ReadSettings(JObject o, JsonFields fields)
    {
        var generator = fields.String(o, "generator", false);
        if (generator is not null && !Generators.Contains(generator))
        {
            fields.Fail(o["generator"]!, $"unknown generator \"{generator}\"; expected one of: {string.Join(", ", Generators)}");
        }

        var constant = fields.String(o, "constant", false) ?? "checked";
        if (constant is not ("checked" or "free"))
        {
            fields.Fail(o["constant"]!, "expected \"checked\" or \"free\"");
        }

        return new ItemSettings(
            ReadAxes(o, "axes", fields),
            generator,
            ReadAxes(o, "fitAxes", fields),
            constant == "free",
            fields.Number(o, "exponentTolerance", false, 0, 1) ?? 0.05,
            fields.Number(o, "partialCredit", false, 0, 1) ?? 0,
            ReadChoices(o, fields),
            ReadCases(o, fields),
            fields.Integer(o, "samples", false, 1, 10_000_000) ?? 0,
            fields.Integer(o, "replicates", false, 2, 10_000) ?? 0,
            fields.Number(o, "falseFailProbability", false, 1e-15, 0.01) ?? 0,
            fields.Boolean(o, "showExpected", false) ?? false,
            fields.Number(o, "spreadFloor", false, 0, 1) ?? 0,
            fields.Number(o, "numericFloor", false, 0, 0.01) ?? 0,
            fields.Number(o, "detectBias", false, 0, 1) ?? 0,
            fields.Number(o, "detectProbability", false, 0, 1) ?? 0,
            o["partialForms"] is null ? [] : fields.StringList(o, "partialForms", false, "an array of mistake formula names"),
            fields.Number(o, "spreadCeiling", false, 1, 1e6) ?? DefaultSpreadCeiling,
            Checks.Behaviour.BehaviourSettingsReader.Read(o, fields));
    }

    private static List<Axis> ReadAxes(JObject o, string name, JsonFields fields)
    {
        var axes = new List<Axis>();
        var axesObject = fields.Object(o, name, false, "an object of parameter name → array of values");
        foreach (var property in axesObject?.Properties() ?? [])
        {
            if (property.Value is not JArray { Count: > 0 } values)
            {
                fields.Fail(property.Value, "expected a non-empty array of values");
                continue;
            }

            var axisValues = new List<AxisValue>();
            foreach (var value in values)
            {
                switch (value.Type)
                {
                    case JTokenType.Integer or JTokenType.Float when double.IsFinite(value.Value<double>()):
                        axisValues.Add(new AxisValue(value.Value<double>(), null));
                        break;
                    case JTokenType.String:
                        axisValues.Add(new AxisValue(null, value.Value<string>()));
                        break;
                    default:
                        fields.Fail(value, "expected a finite number or a name");
                        break;
                }
            }

            axes.Add(new Axis(property.Name, axisValues));
        }

        return axes;
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadChoices(JObject o, JsonFields fields)
    {
        var choices = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var choicesObject = fields.Object(o, "choices", false, "an object of choice → accepted spellings");
        foreach (var property in choicesObject?.Properties() ?? [])
        {
            choices[property.Name] = property.Value is JArray
                ? fields.StringList(choicesObject!, property.Name, true)
                : Invalid(property.Value);
        }

        return choices;

        IReadOnlyList<string> Invalid(JToken token)
        {
            fields.Fail(token, "expected an array of accepted spellings (may be empty)");
            return [];
        }
    }

    private static List<StatisticalCase> ReadCases(JObject o, JsonFields fields)
    {
        const string Expected = "{\"function\": …, \"parameters\": […], \"mu\": […], \"sigma\": …, \"members\": […]}";
        var cases = new List<StatisticalCase>();
        foreach (var element in fields.Array(o, "cases", false) ?? [])
        {
            if (element is not JObject c)
            {
                fields.Fail(element, "expected " + Expected);
                continue;
            }

            fields.OnlyKnown(c, ["function", "parameters", "mu", "sigma", "members", "samples"]);
            var function = fields.String(c, "function", true, "a test-function name");
            if (function is not null && !Hw3.TestFunctions.TestFunctionCatalog.Names.Contains(function))
            {
                fields.Fail(c["function"]!, $"unknown test function \"{function}\"; expected one of: {string.Join(", ", Hw3.TestFunctions.TestFunctionCatalog.Names)}");
                function = null;
            }

            var parameters = Numbers(c, "parameters", fields);
            var mu = Numbers(c, "mu", fields);
            var sigma = fields.Number(c, "sigma", true, 1e-6, 1e6, "σ > 0");
            var members = c["members"] is null ? [] : fields.StringList(c, "members", true, "an array of the item's estimators");
            var samples = fields.Integer(c, "samples", false, 1, 10_000_000);
            if (function is null || parameters is null || mu is null || sigma is null)
            {
                continue;
            }

            try
            {
                var dimension = Hw3.TestFunctions.TestFunctionCatalog.Create(new Hw3.TestFunctions.TestFunctionSpec(function, [.. parameters])).Dimension;
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

    private static void ValidateKind(JObject o, CheckKind kind, IReadOnlyList<RubricTarget> targets, ItemSettings settings, JsonFields fields)
    {
        var membersToken = o["members"]!;
        string? Expect(Func<AnswerMember, bool> ok, string what) =>
            targets.FirstOrDefault(t => !ok(t.Member)) is { } bad ? $"{bad.Member.Id} is {bad.Member.Signature}, but a {kind.ToString().ToLowerInvariant()} check needs {what}" : null;

        var problem = kind switch
        {
            CheckKind.Choice => Expect(m => m.IsProperty && m.ReturnType == "string", "a string property"),
            CheckKind.Boolean => Expect(m => m.IsProperty && m.ReturnType == "bool", "a bool property"),
            CheckKind.Exponent => Expect(m => m.IsProperty && m.ReturnType == "double", "a double property"),
            CheckKind.Manual or CheckKind.Completion => Expect(m => m.IsProperty, "a property"),
            CheckKind.Scaling or CheckKind.Behaviour => Expect(m => !m.IsProperty && m.ReturnType == "double" && m.ParameterTypes!.All(t => t is "int" or "double"), "a method of numbers returning double"),
            CheckKind.Statistical => Expect(m => m.MemberName.StartsWith("EstimateGradient", StringComparison.Ordinal), "a Q4 estimator"),
            _ => null,
        };
        if (problem is not null)
        {
            fields.Fail(membersToken, problem);
            return;
        }

        switch (kind)
        {
            case CheckKind.Grid:
                foreach (var target in targets.Where(t => !t.Member.IsProperty))
                {
                    var unfilled = settings.Generator is null
                        ? target.Member.ParameterNames!.Where(p => settings.Axes.All(a => a.Name != p))
                        : target.Member.ParameterNames!.Where(p => !GridPlanner.GaussianParameters.Contains(p));
                    foreach (var missing in unfilled)
                    {
                        fields.Fail(o, settings.Generator is null
                            ? $"{target.Member.Id} takes \"{missing}\", but \"axes\" has no axis of that name"
                            : $"{target.Member.Id} takes \"{missing}\", which the \"{settings.Generator}\" generator cannot fill");
                    }

                    if (settings.Generator is null)
                    {
                        ValidateAxisValues(o, "axes", target, settings.Axes, fields);
                    }
                }

                break;
            case CheckKind.Scaling or CheckKind.Behaviour:
                if (settings.Axes.Count == 0 || settings.FitAxes.Count == 0)
                {
                    fields.Fail(o, "a scaling check needs \"axes\" (where values are compared) and \"fitAxes\" (where exponents are fitted)");
                }

                foreach (var target in targets)
                {
                    foreach (var missing in target.Member.ParameterNames!.Where(p => settings.Axes.All(a => a.Name != p) || settings.FitAxes.All(a => a.Name != p)))
                    {
                        fields.Fail(o, $"{target.Member.Id} takes \"{missing}\"; both \"axes\" and \"fitAxes\" need an axis of that name");
                    }

                    ValidateAxisValues(o, "axes", target, settings.Axes, fields);
                    ValidateAxisValues(o, "fitAxes", target, settings.FitAxes, fields);
                    foreach (var axis in settings.FitAxes.Where(a => a.Values.Any(v => v.Number is not > 0)))
                    {
                        fields.Fail(o, $"\"fitAxes\".{axis.Name} must hold positive numbers: exponents are fitted on their logarithms");
                    }
                }

                if (kind == CheckKind.Behaviour)
                {
                    Checks.Behaviour.BehaviourSettingsReader.Validate(o, targets, fields);
                }

                break;
            case CheckKind.Choice when settings.Choices.Count == 0:
                fields.Fail(o, "a choice check needs \"choices\" (canonical choice → accepted spellings)");
                break;
            case CheckKind.Statistical:
                if (settings.Cases.Count == 0 || settings.Samples == 0 || settings.Replicates == 0 || settings.FalseFailProbability == 0)
                {
                    fields.Fail(o, "a statistical check needs \"cases\", \"samples\", \"replicates\" and \"falseFailProbability\"");
                }

                foreach (var (statisticalCase, index) in settings.Cases.Select((c, i) => (c, i)))
                {
                    foreach (var unknown in statisticalCase.Members.Where(m => targets.All(t => t.Member.Id != m)))
                    {
                        fields.Fail(o["cases"]![index]!, $"\"{unknown}\" is not one of this item's members");
                    }
                }

                foreach (var untested in targets.Where(t => settings.Cases.Count > 0 && settings.Cases.All(c => !c.Tests(t.Member.Id))))
                {
                    fields.Fail(o["cases"] ?? o, $"no case tests {untested.Member.Id}");
                }

                break;
        }
    }

    /// <summary>Numbers on the axes of numeric parameters, and whole numbers for int parameters.</summary>
    private static void ValidateAxisValues(JObject o, string field, RubricTarget target, IReadOnlyList<Axis> axes, JsonFields fields)
    {
        var member = target.Member;
        for (var i = 0; i < member.ParameterNames!.Count; i++)
        {
            var type = member.ParameterTypes![i];
            var axis = axes.FirstOrDefault(a => a.Name == member.ParameterNames[i]);
            if (axis is null || type is not ("int" or "double"))
            {
                continue;
            }

            foreach (var value in axis.Values)
            {
                var problem = value.Number switch
                {
                    null => $"is the name \"{value.Name}\", but {member.Id} takes a {type} {axis.Name}",
                    { } n when type == "int" && (n != Math.Floor(n) || n < int.MinValue || n > int.MaxValue) => $"is {value}, but {member.Id} takes a whole number {axis.Name}",
                    _ => null,
                };
                if (problem is not null)
                {
                    fields.Fail(o[field]?[axis.Name] ?? o, $"a value of \"{field}\".{axis.Name} {problem}");
                }
            }
        }
    }

    private static RubricLoadResult Failed(string fileName, string path, string message) =>
        new(null, [new RubricError(path, null, message)], fileName);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
