using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks;

/// <summary>
/// The base of every kind in Checks/Kinds/: its settings record is read and validated once, when the rubric loads,
/// and handed typed to the kind's check. A kind overrides what differs from the defaults (any member, a reference per
/// member, scored automatically, no fields of its own).
/// </summary>
public abstract class CheckKind<TSettings> : ICheckKind
    where TSettings : KindSettings
{
    public abstract string Name { get; }

    public virtual IReadOnlyList<string> Fields => [];

    public virtual MemberShape Members => MemberShape.Any;

    public virtual bool MembersHaveReferences => true;

    public virtual bool ScoredByStaff => false;

    /// <summary>Reads this kind's fields from <see cref="ItemFields.Json"/>; every malformed one is reported, never thrown.</summary>
    public abstract TSettings Read(ItemFields item);

    /// <summary>Checks the settings against the members (every one fits <see cref="Members"/>); nothing by default.</summary>
    public virtual void Validate(ItemFields item, TSettings settings)
    {
    }

    /// <summary>How many answers each member can give, when they can be listed (<see cref="IRubricKind.PossibleAnswers"/>); null by default.</summary>
    public virtual int? PossibleAnswers(TSettings settings) => null;

    public abstract ICheck CreateCheck(RubricItem item, TSettings settings, CheckContext context);

    KindSettings IRubricKind.Read(ItemFields item) => Read(item);

    int? IRubricKind.PossibleAnswers(KindSettings settings) => PossibleAnswers((TSettings)settings);

    void IRubricKind.Validate(ItemFields item, KindSettings settings) => Validate(item, (TSettings)settings);

    ICheck ICheckKind.CreateCheck(RubricItem item, CheckContext context) => CreateCheck(item, (TSettings)item.Settings, context);
}
