using Hw3.Grader.AnswerApi;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.Grader.Checks.Kinds.Behaviour;

/// <summary>Which layer kind each learning-rate member of the answer API sets: the one place a behaviour item learns its layer.</summary>
public static class RateMembers
{
    private static readonly Dictionary<string, LayerKind> Kinds = new(StringComparer.Ordinal)
    {
        ["Q2.InputLayerLearningRate"] = LayerKind.Input,
        ["Q2.HiddenLayerLearningRate"] = LayerKind.Hidden,
        ["Q2.OutputLayerLearningRate"] = LayerKind.Output,
    };

    public static IEnumerable<string> Names => Kinds.Keys.Order(StringComparer.Ordinal);

    public static LayerKind? KindOf(AnswerMember member) => Kinds.TryGetValue(member.Id, out var kind) ? kind : null;

    /// <summary>"input", "hidden", "output": how messages name a layer kind.</summary>
    public static string Word(LayerKind kind) => kind switch
    {
        LayerKind.Input => "input",
        LayerKind.Hidden => "hidden",
        LayerKind.Output => "output",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
