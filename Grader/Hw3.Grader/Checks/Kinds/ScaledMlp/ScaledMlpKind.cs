using Hw3.Grader.Checks.Kinds.Scaling;
using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks.Kinds.ScaledMlp;

/// <summary>
/// <c>scaledmlp</c>: Q2(d)'s two multipliers graded by what the ScaledMLP they describe does under plain Adam (its
/// <c>scaledMlp</c> object), with the scaling check's formula note beside it (the item's scaling fields, read and checked
/// as a scaling item's are). Every problem is recorded with its JSON path and line, like the rest of the rubric.
/// </summary>
public sealed class ScaledMlpKind : CheckKind<ScaledMlpSettings>
{
    public const string Field = "scaledMlp";

    private const string Shape = "{\"hiddenWidths\": […], \"seeds\": […], \"batchSize\": …, \"learningRate\": …, \"effectTolerance\": …, \"functionTolerance\": …}";

    private static readonly string[] ExperimentFields = ["hiddenWidths", "seeds", "batchSize", "learningRate", "effectTolerance", "functionTolerance"];

    /// <summary>The formula note is a scaling check: its fields are read and validated by the scaling kind.</summary>
    private static readonly ScalingKind Formula = new();

    public override string Name => "scaledmlp";

    public override IReadOnlyList<string> Fields { get; } = [.. Formula.Fields, Field];

    public override MemberShape Members => Formula.Members;

    public override ScaledMlpSettings Read(ItemFields item)
    {
        var formula = Formula.Read(item);
        var fields = item.Fields;

        // Missing: reported by Validate, with the kind-wide requirements.
        var o = fields.Object(item.Json, Field, required: false, Shape);
        if (o is null)
        {
            return Unread(formula);
        }

        fields.OnlyKnown(o, ExperimentFields);
        var widths = IntegerListReader.Read(o, "hiddenWidths", fields, 2, 1024, "at least two hidden widths from 2 to 1024, e.g. [8, 32, 128]");
        var seeds = IntegerListReader.Read(o, "seeds", fields, 0, int.MaxValue, "at least one seed, e.g. [1, 2, 3]");
        var batchSize = fields.Integer(o, "batchSize", true, 1, 1024, "examples per batch");
        var learningRate = fields.Number(o, "learningRate", true, 1e-8, 1, "the plain-Adam learning rate");
        var effect = fields.Number(o, "effectTolerance", true, 0.01, 1, "the relative tolerance on each layer's effect ratio, e.g. 0.25");
        var function = fields.Number(o, "functionTolerance", true, 1e-15, 0.1, "the largest relative change of the initial logits, e.g. 1e-6");
        if (widths is { Count: < 2 })
        {
            fields.Fail(o["hiddenWidths"]!, "expected at least two hidden widths (the effect ratio is compared across fan-ins)");
            return Unread(formula);
        }

        if (seeds is { Count: 0 })
        {
            fields.Fail(o["seeds"]!, "expected at least one seed");
            return Unread(formula);
        }

        return widths is null || seeds is null || batchSize is null || learningRate is null || effect is null || function is null
            ? Unread(formula)
            : new ScaledMlpSettings(widths, seeds, batchSize.Value, learningRate.Value, effect.Value, function.Value, formula);
    }

    /// <summary>The formula note's axes as a scaling item's; then the settings and both multiplier members, once each.</summary>
    public override void Validate(ItemFields item, ScaledMlpSettings settings)
    {
        Formula.Validate(item, settings.Formula);
        if (item.Json[Field] is null)
        {
            item.Fields.FailMissing(item.Json, Field, "the ScaledMLP experiment's settings: " + Shape);
        }

        var ids = item.Targets.Select(t => t.Member.Id).ToList();
        if (ids.Count != 2 || !MultiplierMembers.Names.All(ids.Contains))
        {
            item.Fail(item.Json["members"]!, $"a scaledmlp check grades both multipliers together: {string.Join(" and ", MultiplierMembers.Names)}");
        }
    }

    public override ICheck CreateCheck(RubricItem item, ScaledMlpSettings settings, CheckContext context) => new ScaledMlpCheck(item, settings, context);

    /// <summary>Settings whose experiment was missing or malformed: an error is recorded, so the item never reaches a check.</summary>
    private static ScaledMlpSettings Unread(ScalingSettings formula) => new([], [], 0, 0, 0, 0, formula);
}
