namespace Hw3.Grader.Tests.Compilation;

[Collection(SharedCompilerCollection.Name)]
public sealed class ConcurrentCompilationTests(SharedCompilerFixture fixture)
{
    [Fact]
    public async Task Concurrent_compiles_from_many_tasks_all_succeed_across_the_workers()
    {
        var answers = Enumerable.Range(100, 12).ToList();

        await Task.WhenAll(answers.Select(answer => Task.Run(() => AnswerSource.ShouldAnswer(fixture.Pool, answer))));

        fixture.Pool.LiveWorkerProcessIds.Should().HaveCount(fixture.Pool.Options.Workers);
    }
}
