using Hw3.ReferenceSolutions.Q5;

namespace Hw3.ReferenceSolutions.Tests.Q5;

/// <summary>The executed schedule of <see cref="RematerializationSimulator"/> against <see cref="Q5Reference"/>.</summary>
public sealed class RematerializationSimulatorTests
{
    [Fact]
    public void Simulator_agrees_with_the_closed_forms_for_every_depth_up_to_40_and_every_interval()
    {
        var mismatches = new List<string>();
        for (var layers = 1; layers <= 40; layers++)
        {
            foreach (var every in Enumerable.Range(1, layers).Concat([layers + 1, 2 * layers, 100]))
            {
                var run = new RematerializationSimulator(layers, every).Run();
                if (run.ForwardOps != Q5Reference.ForwardOps(layers, every)
                    || run.LoadMemOps != Q5Reference.LoadMemOps(layers, every)
                    || run.BreakEvenLoadDiskNs(20.0, 10.0) != Q5Reference.BreakEvenLoadDiskNs(layers, every, 20.0, 10.0)
                    || run.PeakActivations > run.CapacityActivations)
                {
                    mismatches.Add($"L={layers}, k={every}: simulated fwd {run.ForwardOps}, loadmem {run.LoadMemOps}, peak {run.PeakActivations}/{run.CapacityActivations}");
                }
            }
        }

        mismatches.Should().BeEmpty();
    }

    [Theory]
    [InlineData(10, 5, 20, 10, 50.0)]
    [InlineData(12, 4, 18, 12, 40.0)]
    [InlineData(10, 3, 10, 10, 30.0)]
    [InlineData(16, 4, 24, 16, 40.0)]
    public void Simulator_reproduces_the_answer_key_table(int layers, int every, int fwd, int loadMem, double loadDiskNs)
    {
        var run = new RematerializationSimulator(layers, every).Run();

        run.ForwardOps.Should().Be(fwd);
        run.LoadMemOps.Should().Be(loadMem);
        run.BreakEvenLoadDiskNs(20.0, 10.0).Should().BeApproximately(loadDiskNs, 1e-12);
    }

    [Fact]
    public void Ten_layers_checkpointed_every_five_store_exactly_two_activations_as_in_the_handout()
    {
        var run = new RematerializationSimulator(10, 5).Run();

        run.CheckpointLayers.Should().Equal(5, 10);
        run.CapacityActivations.Should().Be(1 + 2 + RematerializationSimulator.WorkingSlots);
        run.PeakActivations.Should().BeLessThanOrEqualTo(run.CapacityActivations);
    }

    [Fact]
    public void Layer_seven_is_rebuilt_from_layer_five_through_layers_six_and_seven_as_in_figure_one()
    {
        var log = new RematerializationSimulator(10, 5).Run().OpLog.ToList();
        var step = log.IndexOf("grad L7");

        log.GetRange(step - 3, 4).Should().Equal("loadmem L5", "fwd L6", "fwd L7", "grad L7");
    }

    [Theory]
    [InlineData(10, 5)]
    [InlineData(7, 3)]
    [InlineData(5, 9)]
    public void Op_log_accounts_for_every_counted_op_and_visits_layers_from_the_top(int layers, int every)
    {
        var run = new RematerializationSimulator(layers, every).Run();

        run.OpLog.Count(op => op.StartsWith("fwd ", StringComparison.Ordinal)).Should().Be(run.ForwardOps);
        run.OpLog.Count(op => op.StartsWith("loadmem ", StringComparison.Ordinal)).Should().Be(run.LoadMemOps);
        run.OpLog.Where(op => op.StartsWith("grad ", StringComparison.Ordinal))
            .Should().Equal(Enumerable.Range(1, layers).Reverse().Select(i => FormattableString.Invariant($"grad L{i}")));
    }

    [Fact]
    public void An_interval_longer_than_the_network_stores_only_the_input()
    {
        var run = new RematerializationSimulator(6, 7).Run();

        run.CheckpointLayers.Should().BeEmpty();
        run.OpLog.Where(op => op.StartsWith("loadmem ", StringComparison.Ordinal)).Should().AllBe("loadmem L0");
        run.ForwardOps.Should().Be(Enumerable.Range(1, 6).Sum());
    }

    [Fact]
    public void Checkpointing_every_layer_needs_no_recomputation()
    {
        var run = new RematerializationSimulator(9, 1).Run();

        run.ForwardOps.Should().Be(0);
        run.CheckpointLayers.Should().Equal(Enumerable.Range(1, 9));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(3, 0)]
    [InlineData(-2, 1)]
    public void Non_positive_depths_and_intervals_are_out_of_range(int layers, int every)
    {
        FluentActions.Invoking(() => new RematerializationSimulator(layers, every)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Q5Reference.ForwardOps(layers, every)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Q5Reference.LoadMemOps(layers, every)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Q5Reference.BreakEvenLoadDiskNs(layers, every, 20.0, 10.0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Negative_or_infinite_op_times_are_out_of_range()
    {
        FluentActions.Invoking(() => Q5Reference.BreakEvenLoadDiskNs(10, 5, -1.0, 10.0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Q5Reference.BreakEvenLoadDiskNs(10, 5, 20.0, double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
