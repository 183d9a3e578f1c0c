namespace Hw3.Grader.Execution.Timing;

/// <summary>How waiting for one call's answer ended, as far as time goes.</summary>
internal enum CallWait
{
    /// <summary>Something came (an answer, the runner's end, nonsense) within the limit.</summary>
    Answered,
    /// <summary>The call used its processor time.</summary>
    ProcessorLimit,
    /// <summary>The call was still there at the wall limit, having used less processor time than allowed.</summary>
    WallLimit,
    /// <summary>The submission's budget ran out during the call.</summary>
    Budget,
}
