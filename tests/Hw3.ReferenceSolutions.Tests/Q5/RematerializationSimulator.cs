using System.Globalization;

namespace Hw3.ReferenceSolutions.Tests.Q5;

/// <summary>
/// Executes tensor rematerialization on an <see cref="ActivationMemory"/>: an initial forward pass
/// that stores the input and every k-th layer's activation, then a backward pass that, for each
/// layer i = L..1, loads the nearest stored activation at or below i and runs forward to layer i.
/// Counts come from the ops performed, not from a formula (compare <see cref="Q5Reference"/>).
/// </summary>
public sealed class RematerializationSimulator
{
    /// <summary>A forward through one layer holds its operand and its result.</summary>
    public const int WorkingSlots = 2;

    public RematerializationSimulator(int layers, int checkpointEvery)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(layers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(checkpointEvery, 1);
        Layers = layers;
        CheckpointEvery = checkpointEvery;
    }

    public int Layers { get; }

    public int CheckpointEvery { get; }

    public RematerializationRun Run()
    {
        var memory = new ActivationMemory(Enumerable.Range(1, Layers).Count(IsCheckpoint), WorkingSlots);
        ForwardPass(memory);

        var log = new List<string>();
        var forwardOps = 0;
        var loadMemOps = 0;
        var loadDiskOps = 0;
        for (var layer = Layers; layer >= 1; layer--)
        {
            var current = memory.Load(memory.NearestStoredAtOrBelow(layer).Layer);
            loadMemOps++;
            log.Add("loadmem " + current);
            while (current.Layer < layer)
            {
                current = Forward(memory, current);
                forwardOps++;
                log.Add("fwd " + current);
            }

            if (current.Layer != layer)
            {
                throw new InvalidOperationException($"backward step {layer} got {current}");
            }

            log.Add("grad " + current);
            memory.ReleaseWorkingSet();
            loadDiskOps++; // storing everything on disk, this step would be one loaddisk of this layer
        }

        return new RematerializationRun(
            Layers, CheckpointEvery, forwardOps, loadMemOps, loadDiskOps,
            memory.CheckpointLayers, memory.Peak, memory.Capacity, log);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"rematerialization of {Layers} layers, checkpoint every {CheckpointEvery}");

    private bool IsCheckpoint(int layer) => layer % CheckpointEvery == 0;

    private void ForwardPass(ActivationMemory memory)
    {
        memory.StoreInput(new Activation(0));
        var current = memory.Load(0);
        while (current.Layer < Layers)
        {
            current = Forward(memory, current);
            if (IsCheckpoint(current.Layer))
            {
                memory.StoreCheckpoint(current);
            }
        }

        memory.ReleaseWorkingSet();
    }

    /// <summary>One fwd op: holds the result next to its operand, then frees the operand.</summary>
    private static Activation Forward(ActivationMemory memory, Activation operand)
    {
        var result = new Activation(operand.Layer + 1);
        memory.Hold(result);
        memory.Release(operand);
        return result;
    }
}
