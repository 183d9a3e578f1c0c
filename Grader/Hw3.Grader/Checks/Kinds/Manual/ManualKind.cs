using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks.Kinds.Manual;

/// <summary><c>manual</c>: free text collected for staff, who award its points by hand.</summary>
public sealed class ManualKind : CheckKind<NoSettings>
{
    public override string Name => "manual";

    public override MemberShape Members { get; } = new(m => m.IsProperty, "a property");

    public override bool MembersHaveReferences => false;

    public override bool ScoredByStaff => true;

    public override NoSettings Read(ItemFields item) => NoSettings.Instance;

    public override ICheck CreateCheck(RubricItem item, NoSettings settings, CheckContext context) => new ManualCheck(item);
}
