using Hw3.Grader.Compilation;

namespace Hw3.Grader.Tests.Compilation;

/// <summary>Two warm compile workers shared by the tests that neither kill nor time out a worker.</summary>
public sealed class SharedCompilerFixture : IAsyncLifetime
{
    public CompileWorkerPool Pool { get; } = new(new CompileWorkerOptions { Workers = 2 });

    public Task InitializeAsync() => Pool.WarmUpAsync(CancellationToken.None);

    public Task DisposeAsync() => Pool.DisposeAsync().AsTask();
}
