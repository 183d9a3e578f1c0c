namespace Hw3.Scenarios.Tests.Hostile;

/// <summary>Tests that watch the whole machine (processes, /tmp) run one at a time, apart from other graders in this assembly.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostileCollection
{
    public const string Name = "hostile submissions";
}
