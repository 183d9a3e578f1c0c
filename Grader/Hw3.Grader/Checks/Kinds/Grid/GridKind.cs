using Hw3.Grader.Grading;
using Hw3.Grader.References.Generators;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks.Kinds.Grid;

/// <summary><c>grid</c>: each member on the cartesian product of its axes (or on inputs a generator of InputGeneratorCatalog draws), against the references.</summary>
public sealed class GridKind : CheckKind<GridSettings>
{
    public override string Name => "grid";

    public override IReadOnlyList<string> Fields { get; } = ["axes", "generator", "showExpected"];

    public override GridSettings Read(ItemFields item)
    {
        var generator = item.Fields.String(item.Json, "generator", false);
        if (generator is not null && InputGeneratorCatalog.Find(generator) is null)
        {
            item.Fail(item.Json["generator"]!, $"unknown generator \"{generator}\"; expected one of: {string.Join(", ", InputGeneratorCatalog.Names)}");
        }

        var axes = AxesReader.Read(item, "axes");
        return new GridSettings(axes, generator, item.Fields.Boolean(item.Json, "showExpected", false) ?? false);
    }

    public override void Validate(ItemFields item, GridSettings settings)
    {
        foreach (var target in item.Targets.Where(t => !t.Member.IsProperty))
        {
            var unfilled = settings.Generator is null
                ? target.Member.ParameterNames!.Where(p => settings.Axes.All(a => a.Name != p))
                : target.Member.ParameterNames!.Where(p => InputGeneratorCatalog.Find(settings.Generator)?.Parameters.Contains(p) != true);
            foreach (var missing in unfilled)
            {
                item.Fail(settings.Generator is null
                    ? $"{target.Member.Id} takes \"{missing}\", but \"axes\" has no axis of that name"
                    : $"{target.Member.Id} takes \"{missing}\", which the \"{settings.Generator}\" generator cannot fill");
            }

            if (settings.Generator is null)
            {
                AxesReader.ValidateValues(item, "axes", target, settings.Axes);
            }
        }
    }

    public override ICheck CreateCheck(RubricItem item, GridSettings settings, CheckContext context) => new GridCheck(item, settings, context);
}
