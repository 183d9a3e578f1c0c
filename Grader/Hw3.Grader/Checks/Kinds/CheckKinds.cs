using Hw3.Grader.Checks.Kinds.Behaviour;
using Hw3.Grader.Checks.Kinds.Boolean;
using Hw3.Grader.Checks.Kinds.Choice;
using Hw3.Grader.Checks.Kinds.Completion;
using Hw3.Grader.Checks.Kinds.Exponent;
using Hw3.Grader.Checks.Kinds.Grid;
using Hw3.Grader.Checks.Kinds.Manual;
using Hw3.Grader.Checks.Kinds.ScaledMlp;
using Hw3.Grader.Checks.Kinds.Scaling;
using Hw3.Grader.Checks.Kinds.Statistical;
using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks.Kinds;

/// <summary>The one list of check kinds a rubric may use (see Checks/README.md); a new kind is one more line here.</summary>
public static class CheckKinds
{
    /// <summary>In the order a rubric error lists them.</summary>
    public static IReadOnlyList<ICheckKind> All { get; } =
    [
        new GridKind(),
        new ScalingKind(),
        new ChoiceKind(),
        new BooleanKind(),
        new ExponentKind(),
        new StatisticalKind(),
        new ManualKind(),
        new CompletionKind(),
        new BehaviourKind(),
        new ScaledMlpKind(),
    ];

    /// <summary>A loader that knows every kind, and the references and mistake formulas the catalogs hold.</summary>
    public static RubricLoader RubricLoader(Func<string, bool> isReference, Func<string, bool> isMistakeFormula) =>
        new(All, isReference, isMistakeFormula);

    /// <summary>The check for an item a loader of these kinds read.</summary>
    public static ICheck CreateCheck(RubricItem item, CheckContext context) =>
        item.Kind is ICheckKind kind
            ? kind.CreateCheck(item, context)
            : throw new ArgumentException($"{item.Id} has the kind \"{item.Kind.Name}\", which no check implements", nameof(item));
}
