using Hw3.Grader.Execution;
using Hw3.Kit.Checking;
using Hw3.Kit.Manifest;

namespace Hw3.Kit.Properties;

/// <summary>
/// Items the kit checks only for being answered: free text (graded by staff), true/false and exponent answers, and
/// Q6. Saying right or wrong for an answer with a few possible values would let a student flip it until it passes,
/// so these are only checked for having an answer of the allowed kind.
/// </summary>
public sealed class AnsweredCheck(KitItem item, CallFactory factory) : IPropertyCheck
{
    private readonly List<MemberCall> calls = [.. item.Members.Select(factory.Property)];

    public static PropertyCheckInfo FreeTextInfo { get; } = new("that every free-text answer is written (not empty)", "anything about its content: course staff grade it");

    public static PropertyCheckInfo BooleanInfo { get; } = new("that each answer returns true or false", "whether it is right: with two possible answers, saying so would give it away");

    public static PropertyCheckInfo NumberInfo { get; } = new("that each exponent is a finite number", "whether it is right: with a few likely answers, saying so would give it away");

    public static PropertyCheckInfo CompletionInfo { get; } = new("that your sources and collaborators are written and your hours are a positive number", "nothing more: this item is completion credit");

    public IReadOnlyList<MemberCall> Calls => calls;

    public KitVerdict Judge(Answers answers)
    {
        foreach (var call in calls)
        {
            var returns = factory.ReturnType(call);
            string problem;
            switch (returns)
            {
                case "string":
                    if (!answers.TryString(call, out var text, out problem))
                    {
                        return KitVerdict.Fail(problem);
                    }

                    if (string.IsNullOrWhiteSpace(text))
                    {
                        return KitVerdict.Fail($"{call.Key} is empty; write your answer");
                    }

                    break;
                case "bool":
                    if (!answers.TryBool(call, out _, out problem))
                    {
                        return KitVerdict.Fail(problem);
                    }

                    break;
                default:
                    if (!answers.TryDouble(call, out var number, out problem))
                    {
                        return KitVerdict.Fail(problem);
                    }

                    if (item.Kind == "completion" && number <= 0)
                    {
                        return KitVerdict.Fail($"{call.Key} returned {Answers.Show(number)}; give the hours you spent, a positive number");
                    }

                    break;
            }
        }

        return KitVerdict.Pass(item.Kind switch
        {
            "manual" => "answered; course staff grade it after submission",
            "completion" => "answered",
            _ => "answered with an allowed value; whether it is right is graded after submission",
        });
    }
}
