using Hw3.Grader.Batch;

namespace Hw3.Grader.Tests.Batch;

public sealed class BatchOptionsTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(49, false)]
    [InlineData(50, true)]
    [InlineData(500, true)]
    public void A_batch_fully_optimises_its_compile_workers_only_when_it_is_large_enough_to_repay_it(int submissions, bool fullyOptimized)
    {
        var options = BatchOptions.CompileWorkerOptionsFor(jobs: 2, submissions);

        options.FullyOptimized.Should().Be(fullyOptimized);
        options.Workers.Should().Be(BatchOptions.CompileWorkersFor(2));
    }
}
