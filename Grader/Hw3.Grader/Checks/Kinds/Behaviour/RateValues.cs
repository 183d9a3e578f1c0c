using System.Globalization;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.Grader.Checks.Kinds.Behaviour;

/// <summary>One layer kind's learning rate at each (fan_in, fan_out) a coordinate check uses: a student's, or a reference rule's.</summary>
public sealed record RateValues(LayerKind Kind, IReadOnlyList<(int FanIn, int FanOut)> Shapes, IReadOnlyList<double> Values)
{
    /// <summary>The values as exact round-trip text, in shape order: what the experiment cache keys on.</summary>
    public string Key => string.Join(";", Values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>The rule the experiment trains with; a shape outside the plan is a grader bug, never a student's.</summary>
    public Func<double, int, int, double> Rule
    {
        get
        {
            var byShape = Shapes.Zip(Values).ToDictionary(p => p.First, p => p.Second);
            return (_, fanIn, fanOut) => byShape.TryGetValue((fanIn, fanOut), out var rate)
                ? rate
                : throw new InvalidOperationException($"the coordinate check asked for a {RateMembers.Word(Kind)} rate at ({fanIn}, {fanOut}), which was not planned");
        }
    }
}
