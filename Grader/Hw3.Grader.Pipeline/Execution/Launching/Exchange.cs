using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Execution.Launching;

/// <summary>The result of sending one request to a runner and waiting for its answer.</summary>
internal sealed record Exchange(ExchangeEnd End, Message? Reply = null)
{
    public static Exchange TimedOut { get; } = new(ExchangeEnd.TimedOut);
    public static Exchange Ended { get; } = new(ExchangeEnd.Ended);
    public static Exchange Invalid { get; } = new(ExchangeEnd.Invalid);
}
