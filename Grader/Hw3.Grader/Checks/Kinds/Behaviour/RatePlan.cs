using Hw3.Grader.AnswerApi;
using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.ReferenceSolutions.Q2.Network;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.Grader.Checks.Kinds.Behaviour;

/// <summary>
/// The calls a coordinate check needs from one learning-rate member: its value for every (fan_in, fan_out) the
/// experiment's layers of that kind have, at the experiment's base LR (the input rule also sets every bias, with
/// fan_in = 1, as in ReferenceSolutions). Only these numbers cross from the runner; the grader trains.
/// </summary>
public sealed class RatePlan
{
    private readonly BehaviourSettings _settings;

    public RatePlan(AnswerMember member, LayerKind kind, BehaviourSettings settings)
    {
        _settings = settings;
        Kind = kind;
        var data = settings.Experiment.Data.Synthetic;
        var layers = settings.Widths
            .SelectMany(width => NetworkShape.Uniform(data.InputDim, width, settings.HiddenLayers, data.ClassCount).Layers)
            .ToList();
        var shapes = layers.Where(l => l.Kind == kind).Select(l => (l.FanIn, l.FanOut));
        if (kind == LayerKind.Input)
        {
            shapes = shapes.Concat(layers.Select(l => (1, l.FanOut)));
        }

        Shapes = shapes.Distinct().Order().ToList();
        Calls = Shapes.Select(s => new MemberCall(member.TypeName, member.MemberName, member.ParameterTypes,
            [WireValue.Of(settings.BaseLearningRate), WireValue.Of(s.FanIn), WireValue.Of(s.FanOut)])).ToList();
    }

    public LayerKind Kind { get; }

    /// <summary>In order of fan_in, then fan_out (a stable order for messages and for the cache key).</summary>
    public IReadOnlyList<(int FanIn, int FanOut)> Shapes { get; }

    /// <summary>One call per shape, in the same order.</summary>
    public IReadOnlyList<MemberCall> Calls { get; }

    /// <summary>What the student's calls returned (each a number: checked before).</summary>
    public RateValues From(CallResults results) =>
        new(Kind, Shapes, Calls.Select(c => results[c].Value!.AsDouble() ?? double.NaN).ToList());

    /// <summary>A reference rule on the same shapes, so that a student whose values equal it shares its experiment.</summary>
    public RateValues From(Func<double, int, int, double> rule) =>
        new(Kind, Shapes, Shapes.Select(s => rule(_settings.BaseLearningRate, s.FanIn, s.FanOut)).ToList());
}
