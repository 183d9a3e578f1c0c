namespace Hw3.Grader.Rubrics;

/// <summary>
/// What the rubric loader asks of a check kind. The loader reads the fields every item has and reports their
/// problems; the kind (Checks/Kinds/&lt;Kind&gt;/) reads and checks the fields only it uses, through
/// <see cref="ItemFields"/>, so its errors carry a JSON path and line like the loader's own.
/// </summary>
public interface IRubricKind
{
    /// <summary>As rubric files spell it: <c>grid</c>.</summary>
    string Name { get; }

    /// <summary>The item fields only this kind reads (beside the ones every item has).</summary>
    IReadOnlyList<string> Fields { get; }

    MemberShape Members { get; }

    /// <summary>Whether a member stands for its own reference by default (false where there is no single reference value per call: free text, completion, estimators).</summary>
    bool MembersHaveReferences { get; }

    /// <summary>Staff award the points by hand; they are exported apart, never counted as lost.</summary>
    bool ScoredByStaff { get; }

    /// <summary>
    /// How many different answers each of an item's members can give, when that is few enough to count (a bool: 2, a
    /// choice: its choices); null for numbers, text and anything else without a short list. <see cref="Guessing"/> decides
    /// what "few" means.
    /// </summary>
    int? PossibleAnswers(KindSettings settings) => null;

    /// <summary>Reads this kind's fields, reporting each field that is malformed.</summary>
    KindSettings Read(ItemFields item);

    /// <summary>Checks the settings against the item's members; called when every member fits <see cref="Members"/>.</summary>
    void Validate(ItemFields item, KindSettings settings);
}
