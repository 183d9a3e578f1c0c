using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks.Kinds.Exponent;

/// <summary><c>exponent</c>: number properties within the item's <c>tolerance</c>.</summary>
public sealed class ExponentKind : CheckKind<NoSettings>
{
    public override string Name => "exponent";

    public override MemberShape Members { get; } = new(m => m.IsProperty && m.ReturnType == "double", "a double property");

    public override NoSettings Read(ItemFields item) => NoSettings.Instance;

    public override ICheck CreateCheck(RubricItem item, NoSettings settings, CheckContext context) =>
        new PropertyCheck(item, context, new NumberComparer(item.Tolerance));
}
