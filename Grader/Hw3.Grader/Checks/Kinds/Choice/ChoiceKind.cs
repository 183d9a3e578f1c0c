using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;
using Newtonsoft.Json.Linq;

namespace Hw3.Grader.Checks.Kinds.Choice;

/// <summary><c>choice</c>: a string property among named <c>choices</c>, compared after normalisation (<see cref="ChoiceComparer"/>).</summary>
public sealed class ChoiceKind : CheckKind<ChoiceSettings>
{
    public override string Name => "choice";

    public override IReadOnlyList<string> Fields { get; } = ["choices"];

    public override MemberShape Members { get; } = new(m => m.IsProperty && m.ReturnType == "string", "a string property");

    public override int? PossibleAnswers(ChoiceSettings settings) => settings.Choices.Count;

    public override ChoiceSettings Read(ItemFields item)
    {
        var choices = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var choicesObject = item.Fields.Object(item.Json, "choices", false, "an object of choice → accepted spellings");
        foreach (var property in choicesObject?.Properties() ?? [])
        {
            choices[property.Name] = property.Value is JArray
                ? item.Fields.StringList(choicesObject!, property.Name, true)
                : Invalid(property.Value);
        }

        return new ChoiceSettings(choices);

        IReadOnlyList<string> Invalid(JToken token)
        {
            item.Fail(token, "expected an array of accepted spellings (may be empty)");
            return [];
        }
    }

    public override void Validate(ItemFields item, ChoiceSettings settings)
    {
        if (settings.Choices.Count == 0)
        {
            item.Fail("a choice check needs \"choices\" (canonical choice → accepted spellings)");
        }
    }

    public override ICheck CreateCheck(RubricItem item, ChoiceSettings settings, CheckContext context) =>
        new PropertyCheck(item, context, new ChoiceComparer(settings.Choices));
}
