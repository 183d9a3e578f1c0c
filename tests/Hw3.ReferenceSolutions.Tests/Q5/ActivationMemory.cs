namespace Hw3.ReferenceSolutions.Tests.Q5;

/// <summary>
/// The chip's memory, counted in activations (units of s numbers), after the handout's list:
/// (a) the input — one slot; (b) the stored checkpoints — <see cref="CheckpointSlots"/> slots (2 for
/// L = 10, k = 5: the handout's "2s"); (c) a working set for the forward pass through the current
/// layer — <see cref="WorkingSlots"/> slots, the layer's operand and its result. A loadmem copies a
/// stored activation into the working set. Exceeding any region is a bug in the schedule and throws.
/// </summary>
public sealed class ActivationMemory
{
    private readonly SortedDictionary<int, Activation> _stored = [];
    private readonly List<Activation> _working = [];
    private bool _hasInput;

    public ActivationMemory(int checkpointSlots, int workingSlots)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(checkpointSlots);
        ArgumentOutOfRangeException.ThrowIfLessThan(workingSlots, 1);
        CheckpointSlots = checkpointSlots;
        WorkingSlots = workingSlots;
    }

    public int CheckpointSlots { get; }

    public int WorkingSlots { get; }

    /// <summary>Input + checkpoints + working set.</summary>
    public int Capacity => 1 + CheckpointSlots + WorkingSlots;

    public int InUse => _stored.Count + _working.Count;

    public int Peak { get; private set; }

    /// <summary>The checkpointed layers, without the input.</summary>
    public IReadOnlyList<int> CheckpointLayers => _stored.Keys.Where(layer => layer != 0).ToList();

    public void StoreInput(Activation input)
    {
        if (input.Layer != 0 || _hasInput)
        {
            throw new InvalidOperationException($"the input slot holds layer 0 once; asked to store {input}");
        }

        _stored.Add(0, input);
        _hasInput = true;
        Touch();
    }

    public void StoreCheckpoint(Activation activation)
    {
        if (activation.Layer == 0 || _stored.ContainsKey(activation.Layer))
        {
            throw new InvalidOperationException($"{activation} is the input or already stored");
        }

        if (_stored.Count - (_hasInput ? 1 : 0) >= CheckpointSlots)
        {
            throw new InvalidOperationException($"storing {activation} exceeds the {CheckpointSlots} checkpoint slots");
        }

        _stored.Add(activation.Layer, activation);
        Touch();
    }

    /// <summary>The stored activation (input included) with the highest layer at or below <paramref name="layer"/>.</summary>
    public Activation NearestStoredAtOrBelow(int layer)
    {
        var candidates = _stored.Keys.Where(stored => stored <= layer).ToList();
        return candidates.Count > 0
            ? _stored[candidates[^1]]
            : throw new InvalidOperationException($"nothing stored at or below layer {layer}");
    }

    /// <summary>loadmem: copy a stored activation into the working set.</summary>
    public Activation Load(int layer)
    {
        if (!_stored.TryGetValue(layer, out var stored))
        {
            throw new InvalidOperationException($"layer {layer} is not stored");
        }

        Hold(stored);
        return stored;
    }

    /// <summary>Place a freshly computed activation in the working set.</summary>
    public void Hold(Activation activation)
    {
        if (_working.Count >= WorkingSlots)
        {
            throw new InvalidOperationException($"holding {activation} exceeds the {WorkingSlots} working slots");
        }

        _working.Add(activation);
        Touch();
    }

    public void Release(Activation activation)
    {
        if (!_working.Remove(activation))
        {
            throw new InvalidOperationException($"{activation} is not in the working set");
        }
    }

    public void ReleaseWorkingSet() => _working.Clear();

    private void Touch()
    {
        if (InUse > Capacity)
        {
            throw new InvalidOperationException($"{InUse} activations in memory exceed the capacity {Capacity}");
        }

        Peak = Math.Max(Peak, InUse);
    }
}
