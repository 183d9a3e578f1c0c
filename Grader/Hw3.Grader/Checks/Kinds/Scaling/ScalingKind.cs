using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks.Kinds.Scaling;

/// <summary><c>scaling</c>: how a member grows in each argument (log-log exponents on <c>fitAxes</c>), and its values on <c>axes</c>.</summary>
public sealed class ScalingKind : CheckKind<ScalingSettings>
{
    public override string Name => "scaling";

    public override IReadOnlyList<string> Fields { get; } = ["axes", "fitAxes", "constant", "exponentTolerance", "partialCredit", "partialForms", "showExpected"];

    public override MemberShape Members { get; } = new(
        m => !m.IsProperty && m.ReturnType == "double" && m.ParameterTypes!.All(t => t is "int" or "double"), "a method of numbers returning double");

    public override ScalingSettings Read(ItemFields item)
    {
        var o = item.Json;
        var constant = item.Fields.String(o, "constant", false) ?? "checked";
        if (constant is not ("checked" or "free"))
        {
            item.Fail(o["constant"]!, "expected \"checked\" or \"free\"");
        }

        var settings = new ScalingSettings(
            AxesReader.Read(item, "axes"),
            AxesReader.Read(item, "fitAxes"),
            constant == "free",
            item.Fields.Number(o, "exponentTolerance", false, 0, 1) ?? 0.05,
            item.Fields.Number(o, "partialCredit", false, 0, 1) ?? 0,
            o["partialForms"] is null ? [] : item.Fields.StringList(o, "partialForms", false, "an array of mistake formula names"),
            item.Fields.Boolean(o, "showExpected", false) ?? false);
        foreach (var form in settings.PartialForms.Where(f => !item.IsMistakeFormula(f)))
        {
            item.Fail(o["partialForms"]!, $"no mistake formula named \"{form}\"");
        }

        return settings;
    }

    public override void Validate(ItemFields item, ScalingSettings settings)
    {
        if (settings.Axes.Count == 0 || settings.FitAxes.Count == 0)
        {
            item.Fail("a scaling check needs \"axes\" (where values are compared) and \"fitAxes\" (where exponents are fitted)");
        }

        foreach (var target in item.Targets)
        {
            foreach (var missing in target.Member.ParameterNames!.Where(p => settings.Axes.All(a => a.Name != p) || settings.FitAxes.All(a => a.Name != p)))
            {
                item.Fail($"{target.Member.Id} takes \"{missing}\"; both \"axes\" and \"fitAxes\" need an axis of that name");
            }

            AxesReader.ValidateValues(item, "axes", target, settings.Axes);
            AxesReader.ValidateValues(item, "fitAxes", target, settings.FitAxes);
            foreach (var axis in settings.FitAxes.Where(a => a.Values.Any(v => v.Number is not > 0)))
            {
                item.Fail($"\"fitAxes\".{axis.Name} must hold positive numbers: exponents are fitted on their logarithms");
            }
        }
    }

    public override ICheck CreateCheck(RubricItem item, ScalingSettings settings, CheckContext context) => new ScalingCheck(item, settings, context);
}
