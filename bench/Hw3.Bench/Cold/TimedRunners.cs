using Hw3.Grader.Execution;

namespace Hw3.Bench.Cold;

/// <summary>The grader's runner factory, whose sessions mark each group of calls on a timeline.</summary>
internal sealed class TimedRunners(IRunnerFactory inner, Timeline timeline) : IRunnerFactory
{
    public IRunnerSession Open(IReadOnlyList<byte[]> assemblies)
    {
        timeline.Mark("runner session opened");
        return new TimedRunnerSession(inner.Open(assemblies), timeline);
    }
}
