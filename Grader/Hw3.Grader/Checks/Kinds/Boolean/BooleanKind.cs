using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks.Kinds.Boolean;

/// <summary><c>boolean</c>: true/false properties against their references.</summary>
public sealed class BooleanKind : CheckKind<NoSettings>
{
    public override string Name => "boolean";

    public override MemberShape Members { get; } = new(m => m.IsProperty && m.ReturnType == "bool", "a bool property");

    public override int? PossibleAnswers(NoSettings settings) => 2;

    public override NoSettings Read(ItemFields item) => NoSettings.Instance;

    public override ICheck CreateCheck(RubricItem item, NoSettings settings, CheckContext context) =>
        new PropertyCheck(item, context, new BooleanComparer());
}
