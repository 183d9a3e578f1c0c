// HW3 Q5 (rematerialization) and Q6
using System;
using System.Collections.Generic;
using System.Linq;

public static class Q5
{
    // Backward pass: for layer i = L..1 load the last checkpoint c <= i (input = 0) and run i - c forwards.
    public static int ForwardOps(int layers, int checkpointEvery)
    {
        int total = 0;
        for (int i = layers; i >= 1; i--)
        {
            int checkpoint = i / checkpointEvery * checkpointEvery;
            total += i - checkpoint;
        }
        return total;
    }

    // one load per layer
    public static int LoadMemOps(int layers, int checkpointEvery) => layers;

    // disk: L loads; remat: F fwd + L loadmem
    public static double BreakEvenLoadDiskNs(int layers, int checkpointEvery, double fwdNs, double loadMemNs)
    {
        double rematTime = ForwardOps(layers, checkpointEvery) * fwdNs + LoadMemOps(layers, checkpointEvery) * loadMemNs;
        return rematTime / layers;
    }
}

public static class Q6
{
    public static string Sources => "Lecture notes and discussion 3, the Tensor Programs V paper, and the spectral condition paper.";

    public static string Collaborators => "Worked alone.";

    public static double HoursSpent => 9.5;
}
