using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks.Kinds.Completion;

/// <summary><c>completion</c>: credit for answering at all (a text with a letter or digit, a plausible number of hours).</summary>
public sealed class CompletionKind : CheckKind<NoSettings>
{
    public override string Name => "completion";

    public override MemberShape Members { get; } = new(m => m.IsProperty, "a property");

    public override bool MembersHaveReferences => false;

    public override NoSettings Read(ItemFields item) => NoSettings.Instance;

    public override ICheck CreateCheck(RubricItem item, NoSettings settings, CheckContext context) => new CompletionCheck(item);
}
