namespace Hw3.Bench.Modes;

/// <summary>What one whole-batch run measured.</summary>
internal sealed record BatchResult(
    string Mode,
    int Submissions,
    double Seconds,
    double ProcessCpuSeconds,
    double GraderPeakMb,
    double GrowthPercent,
    double FirstWindowMb,
    double LastWindowMb,
    int Runners,
    double RunnerPeakMaxMb,
    double RunnerPeakMedianMb,
    int CompileWorkers,
    double CompileWorkerPeakMaxMb,
    long CoordinateChecksTrained,
    long ScaledMlpsBuilt,
    IReadOnlyDictionary<string, int> Statuses)
{
    public double PerSecond => Submissions / Seconds;
}
