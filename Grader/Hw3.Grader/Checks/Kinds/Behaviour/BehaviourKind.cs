using Hw3.Grader.Checks.Kinds.Scaling;
using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Checks.Kinds.Behaviour;

/// <summary>
/// <c>behaviour</c>: a Q2(c) learning-rate rule graded by what it does to a coordinate check the grader trains (its
/// <c>behaviour</c> object), with the scaling check's formula note beside it (the item's scaling fields, read and
/// checked as a scaling item's are). Every problem is recorded with its JSON path and line, like the rest of the rubric.
/// </summary>
public sealed class BehaviourKind : CheckKind<BehaviourSettings>
{
    public const string Field = "behaviour";

    private const string Shape = "{\"widths\": […], \"hiddenLayers\": …, \"seeds\": […], \"batchSize\": …, \"baseLr\": …, \"slopeBound\": …}";

    private static readonly string[] CoordinateFields = ["widths", "hiddenLayers", "seeds", "batchSize", "baseLr", "slopeBound"];

    /// <summary>The formula note is a scaling check: its fields are read and validated by the scaling kind.</summary>
    private static readonly ScalingKind Formula = new();

    public override string Name => "behaviour";

    public override IReadOnlyList<string> Fields { get; } = [.. Formula.Fields, Field];

    public override MemberShape Members => Formula.Members;

    public override BehaviourSettings Read(ItemFields item)
    {
        var formula = Formula.Read(item);
        var (fields, json) = (item.Fields, item.Json);

        // Missing: reported by Validate, once the members are known to be rates (as every kind-wide requirement is).
        var o = fields.Object(json, Field, required: false, Shape);
        if (o is null)
        {
            return Unread(formula);
        }

        fields.OnlyKnown(o, CoordinateFields);
        var widths = IntegerListReader.Read(o, "widths", fields, 2, 4096, "at least three widths from 2 to 4096, e.g. [64, 128, 256, 512, 1024]");
        var seeds = IntegerListReader.Read(o, "seeds", fields, 0, int.MaxValue, "at least one seed, e.g. [1, 2]");
        var hiddenLayers = fields.Integer(o, "hiddenLayers", true, 2, 8, "a number of hidden layers from 2 to 8 (at least one hidden-to-hidden layer)");
        var batchSize = fields.Integer(o, "batchSize", true, 1, 1024, "examples per batch");
        var baseLr = fields.Number(o, "baseLr", true, 1e-8, 1, "a base learning rate");
        var bound = fields.Number(o, "slopeBound", true, 0.01, 0.9, "the largest |slope| of a flat layer");
        if (widths is { Count: < 3 } || widths?.Distinct().Count() != widths?.Count)
        {
            fields.Fail(o["widths"]!, "expected at least three different widths (a slope needs them)");
            return Unread(formula);
        }

        if (seeds is { Count: 0 })
        {
            fields.Fail(o["seeds"]!, "expected at least one seed");
            return Unread(formula);
        }

        return widths is null || seeds is null || hiddenLayers is null || batchSize is null || baseLr is null || bound is null
            ? Unread(formula)
            : new BehaviourSettings(widths, hiddenLayers.Value, seeds, batchSize.Value, baseLr.Value, bound.Value, formula);
    }

    /// <summary>The formula note's axes as a scaling item's; then the settings and one learning-rate member.</summary>
    public override void Validate(ItemFields item, BehaviourSettings settings)
    {
        Formula.Validate(item, settings.Formula);
        if (item.Json[Field] is null)
        {
            item.Fields.FailMissing(item.Json, Field, "the coordinate check's settings: " + Shape);
        }

        if (item.Targets.Count != 1)
        {
            item.Fail(item.Json["members"]!, "a behaviour check grades one learning-rate member; give each layer kind an item of its own");
        }

        foreach (var target in item.Targets.Where(t => RateMembers.KindOf(t.Member) is null))
        {
            item.Fail(item.Json["members"]!, $"{target.Member.Id} sets no layer's learning rate; a behaviour check takes one of: {string.Join(", ", RateMembers.Names)}");
        }
    }

    public override ICheck CreateCheck(RubricItem item, BehaviourSettings settings, CheckContext context) => new BehaviourCheck(item, settings, context);

    /// <summary>Settings whose coordinate check was missing or malformed: an error is recorded, so the item never reaches a check.</summary>
    private static BehaviourSettings Unread(ScalingSettings formula) => new([], 0, [], 0, 0, 0, formula);
}
