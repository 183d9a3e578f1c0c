using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using Hw3.Kit.Checking;
using Hw3.Kit.Manifest;

namespace Hw3.Kit.Properties;

/// <summary>A choice is checked for being one of the allowed answers (any accepted spelling), never for being the right one.</summary>
public sealed class ChoiceCheck(KitItem item, CallFactory factory) : IPropertyCheck
{
    private readonly List<MemberCall> calls = [.. item.Members.Select(factory.Property)];

    public static PropertyCheckInfo Info { get; } = new(
        "that your answer is one of the allowed choices (case, spaces and hyphens do not matter)",
        "whether it is the right choice: with three possible answers, saying so would give it away");

    public IReadOnlyList<MemberCall> Calls => calls;

    public KitVerdict Judge(Answers answers)
    {
        var choices = item.Choices ?? new Dictionary<string, IReadOnlyList<string>>();
        foreach (var call in calls)
        {
            if (!answers.TryString(call, out var text, out var problem))
            {
                return KitVerdict.Fail(problem);
            }

            var key = ChoiceSpelling.Normalise(text);
            if (!choices.Any(c => ChoiceSpelling.Normalise(c.Key) == key || c.Value.Any(alias => ChoiceSpelling.Normalise(alias) == key)))
            {
                var shown = text.Length > 40 ? text[..40] + "…" : text;
                return KitVerdict.Fail($"{call.Key} returned \"{shown}\", which is not one of the allowed answers: {string.Join(", ", choices.Keys.Select(k => "\"" + k + "\""))}");
            }
        }

        return KitVerdict.Pass("answered with an allowed choice; whether it is right is graded after submission");
    }
}
