using Hw3.ReferenceSolutions.Q5;

namespace Hw3.ReferenceSolutions.Tests.Q5;

/// <summary>The memory model refuses to hold more than its capacity, so a schedule that would is caught.</summary>
public sealed class ActivationMemoryTests
{
    [Fact]
    public void Storing_more_checkpoints_than_slots_is_refused()
    {
        var memory = new ActivationMemory(checkpointSlots: 1, workingSlots: 2);
        memory.StoreInput(new Activation(0));
        memory.StoreCheckpoint(new Activation(3));

        FluentActions.Invoking(() => memory.StoreCheckpoint(new Activation(6))).Should().Throw<InvalidOperationException>();
        memory.Peak.Should().Be(2);
    }

    [Fact]
    public void Holding_more_than_the_working_set_is_refused()
    {
        var memory = new ActivationMemory(checkpointSlots: 0, workingSlots: 2);
        memory.StoreInput(new Activation(0));
        memory.Load(0);
        memory.Hold(new Activation(1));

        FluentActions.Invoking(() => memory.Hold(new Activation(2))).Should().Throw<InvalidOperationException>();
        memory.Peak.Should().Be(memory.Capacity);
    }

    [Fact]
    public void Nearest_stored_activation_is_the_highest_stored_layer_at_or_below()
    {
        var memory = new ActivationMemory(checkpointSlots: 2, workingSlots: 2);
        memory.StoreInput(new Activation(0));
        memory.StoreCheckpoint(new Activation(4));
        memory.StoreCheckpoint(new Activation(8));

        memory.NearestStoredAtOrBelow(3).Should().Be(new Activation(0));
        memory.NearestStoredAtOrBelow(4).Should().Be(new Activation(4));
        memory.NearestStoredAtOrBelow(7).Should().Be(new Activation(4));
        memory.NearestStoredAtOrBelow(9).Should().Be(new Activation(8));
        FluentActions.Invoking(() => memory.Load(5)).Should().Throw<InvalidOperationException>();
    }
}
