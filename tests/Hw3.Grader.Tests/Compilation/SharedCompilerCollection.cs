namespace Hw3.Grader.Tests.Compilation;

/// <summary>The test classes that share <see cref="SharedCompilerFixture"/>'s workers.</summary>
[CollectionDefinition(Name)]
public sealed class SharedCompilerCollection : ICollectionFixture<SharedCompilerFixture>
{
    public const string Name = "shared compile workers";
}
