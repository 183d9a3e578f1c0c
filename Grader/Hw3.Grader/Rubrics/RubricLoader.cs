using System.Security.Cryptography;
using Hw3.Grader.AnswerApi;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Rubrics;

/// <summary>
/// Reads a rubric file and validates all of it before any grading starts: every problem is reported
/// with its JSON path and line, never as a crash halfway through a batch. It reads what every item has; each
/// item's kind (<see cref="IRubricKind"/>, Checks/Kinds/) reads and checks the fields only it uses.
/// </summary>
public sealed class RubricLoader
{
    private static readonly string[] TopLevelFields = ["$schema", "title", "version", "seed", "limits", "items", "description"];
    private static readonly string[] LimitFields = ["callTimeoutSeconds", "submissionBudgetSeconds"];
    private static readonly string[] CommonItemFields =
        ["id", "title", "description", "feedback", "points", "kind", "visibility", "members", "tolerance", "mistakes", "callTimeoutSeconds"];

    private readonly IReadOnlyList<IRubricKind> _kinds;
    private readonly Func<string, bool> _isReference;
    private readonly Func<string, bool> _isMistakeFormula;

    /// <summary>
    /// Any item may carry the fields of every kind (switching an item's kind keeps them); only its own kind reads
    /// them, and a name in none of them is a typo.
    /// </summary>
    private readonly string[] _itemFields;

    /// <param name="kinds">The check kinds a rubric may use, in the order messages list them (Checks/Kinds/CheckKinds.cs).</param>
    public RubricLoader(IReadOnlyList<IRubricKind> kinds, Func<string, bool> isReference, Func<string, bool> isMistakeFormula)
    {
        _kinds = kinds;
        _isReference = isReference;
        _isMistakeFormula = isMistakeFormula;
        _itemFields = [.. CommonItemFields.Concat(kinds.SelectMany(k => k.Fields)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Every field an item may have: the common ones, then each kind's (rubric.schema.json lists the same).</summary>
    public IReadOnlyList<string> ItemFieldNames => _itemFields;

    /// <summary>The kinds' names, in the order an error lists them.</summary>
    public IReadOnlyList<string> KindNames => [.. _kinds.Select(k => k.Name)];

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
            return new RubricLoadResult.Refused([new RubricError(path, e.LineNumber, "not valid JSON: " + FirstSentence(e.Message))], fileName);
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
        var warnings = new List<RubricError>();
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
            if (StudentVisibility.Warning(item) is { } warning)
            {
                warnings.Add(new RubricError(item.Path, JsonFields.LineOf(itemObject), warning));
            }
        }

        if (fields.Errors.Count > 0 || title is null || seed is null)
        {
            return new RubricLoadResult.Refused(fields.Errors, fileName);
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new RubricLoadResult.Loaded(new Rubric(title, version, seed.Value, TimeSpan.FromSeconds(budget), items, sha, fileName), fileName) { Warnings = warnings };
    }

    private RubricItem? ReadItem(JObject o, JsonFields fields, TimeSpan defaultCallTimeout)
    {
        var errorsBefore = fields.Errors.Count;
        fields.OnlyKnown(o, _itemFields);
        var id = fields.String(o, "id", true, "a stable item id such as \"q1a.rms\"");
        var title = fields.String(o, "title", true);
        var feedback = fields.String(o, "feedback", false, "one sentence for students: the property a right answer has");
        var points = fields.Number(o, "points", true, 0, 1000, "points (a number ≥ 0)");
        var kindText = fields.String(o, "kind", true, "a check kind");
        IRubricKind? kind = null;
        if (kindText is not null)
        {
            // Exact names only (any case): never "grid,choice" or "3".
            kind = _kinds.FirstOrDefault(k => string.Equals(k.Name, kindText, StringComparison.OrdinalIgnoreCase));
            if (kind is null)
            {
                fields.Fail(o["kind"]!, $"unknown kind \"{kindText}\"; expected one of: {string.Join(", ", _kinds.Select(k => k.Name))}");
            }
        }

        var visibility = fields.String(o, "visibility", false) ?? Visibility.Visible;
        if (!Visibility.All.Contains(visibility))
        {
            fields.Fail(o["visibility"]!, $"unknown visibility \"{visibility}\"; expected one of: {string.Join(", ", Visibility.All)}");
        }

        var targets = ReadTargets(o, fields, needsReferences: kind?.MembersHaveReferences ?? true);
        var tolerance = ReadTolerance(o, fields);
        var mistakes = ReadMistakes(o, fields);
        var callTimeout = fields.Number(o, "callTimeoutSeconds", false, 0.05, 600) is { } seconds ? TimeSpan.FromSeconds(seconds) : defaultCallTimeout;
        if (kind is null)
        {
            return null;
        }

        var kindFields = new ItemFields(o, fields, targets, _isMistakeFormula);
        var settings = kind.Read(kindFields);
        if (targets.Count > 0)
        {
            if (targets.FirstOrDefault(t => !kind.Members.Fits(t.Member)) is { } misfit)
            {
                fields.Fail(o["members"]!, $"{misfit.Member.Id} is {misfit.Member.Signature}, but a {kind.Name} check needs {kind.Members.Description}");
            }
            else
            {
                kind.Validate(kindFields, settings);
            }
        }

        if (fields.Errors.Count > errorsBefore || id is null || title is null || points is null)
        {
            return null;
        }

        return new RubricItem(id, title, points.Value, kind, visibility, targets, tolerance, mistakes, callTimeout, settings, JsonFields.PathOf(o), feedback);
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

            // A kind without a single reference value per call (free text, completion, estimators) accepts none by default.
            accept ??= needsReferences ? [member.Id] : [];
            foreach (var reference in accept.Where(r => !_isReference(r)))
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
            if (formula is not null && !_isMistakeFormula(formula))
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

    private static RubricLoadResult.Refused Failed(string fileName, string path, string message) =>
        new([new RubricError(path, null, message)], fileName);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
