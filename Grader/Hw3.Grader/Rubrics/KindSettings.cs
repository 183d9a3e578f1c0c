namespace Hw3.Grader.Rubrics;

/// <summary>
/// The settings a check kind reads from its items (Checks/Kinds/&lt;Kind&gt;/): the loader keeps them on the item
/// without knowing their shape, and the kind's check reads them back.
/// </summary>
public abstract record KindSettings;
