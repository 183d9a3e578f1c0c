using Hw3.ReferenceSolutions.Q5;

namespace Hw3.ReferenceSolutions.Tests.Samples;

public sealed class PerfectSampleQ5Tests(PerfectSampleFixture perfect) : IClassFixture<PerfectSampleFixture>
{
    private const int MaxLayers = 40;

    /// <summary>(fwd ns, loadmem ns): the handout's timings and an uneven pair.</summary>
    private static readonly (double Fwd, double LoadMem)[] Timings = [(20.0, 10.0), (7.5, 3.25)];

    [Fact]
    public void Perfect_sample_counts_the_same_operations_as_the_reference_for_every_checkpoint_spacing_up_to_40_layers()
    {
        for (var layers = 1; layers <= MaxLayers; layers++)
        {
            for (var every = 1; every <= layers; every++)
            {
                perfect.Submission.Get<int>("Q5.ForwardOps", layers, every)
                    .Should().Be(Q5Reference.ForwardOps(layers, every), $"ForwardOps({layers}, {every})");
                perfect.Submission.Get<int>("Q5.LoadMemOps", layers, every)
                    .Should().Be(Q5Reference.LoadMemOps(layers, every), $"LoadMemOps({layers}, {every})");
            }
        }
    }

    [Fact]
    public void Perfect_sample_finds_the_reference_break_even_disk_time_for_every_checkpoint_spacing_up_to_40_layers()
    {
        for (var layers = 1; layers <= MaxLayers; layers++)
        {
            for (var every = 1; every <= layers; every++)
            {
                foreach (var (fwd, loadMem) in Timings)
                {
                    var expected = Q5Reference.BreakEvenLoadDiskNs(layers, every, fwd, loadMem);
                    perfect.Submission.Get<double>("Q5.BreakEvenLoadDiskNs", layers, every, fwd, loadMem)
                        .Should().BeApproximately(expected, ClosedFormTolerance.For(expected),
                            FormattableString.Invariant($"BreakEvenLoadDiskNs({layers}, {every}, {fwd}, {loadMem})"));
                }
            }
        }
    }
}
