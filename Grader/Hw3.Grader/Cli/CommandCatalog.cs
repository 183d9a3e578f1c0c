namespace Hw3.Grader.Cli;

/// <summary>
/// Every command of <c>hw3</c> by name, with its settings type: what a mistyped command or option is compared with.
/// <see cref="Program.CreateApp"/> registers the same commands (a test checks that the two agree).
/// </summary>
public static class CommandCatalog
{
    public static IReadOnlyDictionary<string, Type> SettingsByCommand { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["grade"] = typeof(GradeSettings),
        ["check"] = typeof(CheckSettings),
        ["batch"] = typeof(BatchSettings),
        ["manual"] = typeof(ManualSettings),
        ["eval"] = typeof(EvalSettings),
        ["power"] = typeof(PowerSettings),
        ["kit"] = typeof(KitSettings),
        ["autograder"] = typeof(AutograderSettings),
        ["package"] = typeof(PackageSettings),
        ["merge"] = typeof(MergeSettings),
        ["figures"] = typeof(FiguresSettings),
        ["references"] = typeof(ReferencesSettings),
    };
}
