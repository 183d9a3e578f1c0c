namespace Hw3.ReferenceSolutions.Q5;

/// <summary>
/// Q5 closed forms. Layer i (1..L) is stored when k divides i; the input is layer 0. Backward step i
/// loads the nearest stored activation c = k⌊i/k⌋ (one loadmem) and runs i − c = i mod k forwards.
/// With q = ⌊L/k⌋, r = L mod k: F = Σᵢ (i mod k) = q·(0 + 1 + … + (k−1)) + (1 + … + r)
/// = q·k(k−1)/2 + r(r+1)/2; M = L. Without rematerialization each step is one loaddisk, so the
/// break-even loaddisk time is t = (t_fwd·F + t_mem·M)/L.
/// </summary>
public static class Q5Reference
{
    public static int ForwardOps(int layers, int checkpointEvery)
    {
        Validate(layers, checkpointEvery);
        var q = layers / checkpointEvery;
        var r = layers % checkpointEvery;
        return q * checkpointEvery * (checkpointEvery - 1) / 2 + r * (r + 1) / 2;
    }

    public static int LoadMemOps(int layers, int checkpointEvery)
    {
        Validate(layers, checkpointEvery);
        return layers;
    }

    public static double BreakEvenLoadDiskNs(int layers, int checkpointEvery, double fwdNs, double loadMemNs)
    {
        if (!double.IsFinite(fwdNs) || fwdNs < 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(fwdNs), fwdNs, "a duration must be finite and non-negative");
        }

        if (!double.IsFinite(loadMemNs) || loadMemNs < 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(loadMemNs), loadMemNs, "a duration must be finite and non-negative");
        }

        var loadDiskOps = layers;
        return (fwdNs * ForwardOps(layers, checkpointEvery) + loadMemNs * LoadMemOps(layers, checkpointEvery)) / loadDiskOps;
    }

    private static void Validate(int layers, int checkpointEvery)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(layers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(checkpointEvery, 1);
    }
}
