using Hw3.Grader.AnswerApi;
using Hw3.Grader.Checks.Kinds.Choice;
using Hw3.Grader.Rubrics;
using Hw3.Kit.Manifest;

namespace Hw3.Grader.StudentKit;

/// <summary>
/// The kit's items.json from the rubric: only items visible before the due date, each with what the student already
/// sees (id, title, points), its members and, for a choice, the allowed answers; every other item by title only. No
/// tolerance, mistake, input grid, reference name or expected value is copied.
/// </summary>
public static class KitManifestWriter
{
    public static KitManifest From(Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var visible = rubric.Items.Where(i => StudentVisibility.BeforeDueDate(i)).ToList();
        var items = visible.Select(i => new KitItem(
            i.Id,
            i.Title,
            i.Points,
            i.Kind.Name,
            [.. i.Targets.Select(t => t.Member.Id)],
            i.Settings is ChoiceSettings choice ? choice.Choices : null)).ToList();
        var members = AnswerApiCatalog.Members
            .Select(m => new KitMember(m.TypeName, m.MemberName, m.ParameterTypes, m.ReturnType))
            .ToList();
        var timeout = visible.Count == 0 ? 5 : visible.Max(i => i.CallTimeout.TotalSeconds);
        var later = rubric.Items.Where(i => !StudentVisibility.BeforeDueDate(i)).Select(i => i.Title).ToList();
        return new KitManifest(rubric.Title, timeout, items, members, later);
    }
}
