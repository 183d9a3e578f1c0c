namespace Hw3.Grader.Execution.Launching;

/// <summary>How waiting for a runner's answer ended.</summary>
internal enum ExchangeEnd
{
    /// <summary>A frame arrived (whether it is the right answer is the session's to judge).</summary>
    Replied,
    /// <summary>No answer within the limit; the runner is still there.</summary>
    TimedOut,
    /// <summary>The runner ended, or closed its end of the channel, without answering.</summary>
    Ended,
    /// <summary>The runner sent bytes that are not a valid frame.</summary>
    Invalid,
}
