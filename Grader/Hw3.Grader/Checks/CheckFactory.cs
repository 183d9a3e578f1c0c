using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks;

/// <summary>Builds the check for each rubric item, by kind.</summary>
public static class CheckFactory
{
    public static ICheck Create(RubricItem item, CheckContext context) => item.Kind switch
    {
        CheckKind.Grid => new GridCheck(item, context),
        CheckKind.Scaling => new ScalingCheck(item, context),
        CheckKind.Choice => new PropertyCheck(item, context, new ChoiceComparer(item.Settings.Choices)),
        CheckKind.Boolean => new PropertyCheck(item, context, new BooleanComparer()),
        CheckKind.Exponent => new PropertyCheck(item, context, new NumberComparer(item.Tolerance)),
        CheckKind.Statistical => new StatisticalCheck(item, context),
        CheckKind.Manual => new ManualCheck(item),
        CheckKind.Completion => new CompletionCheck(item),
        CheckKind.Behaviour => new Behaviour.BehaviourCheck(item, context),
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.Kind, "unknown check kind"),
    };
}
