namespace Hw3.Kit.Checking;

/// <summary>What the kit says about one item: passed or not, and one sentence the student can act on (never an expected value).</summary>
public sealed record KitVerdict(bool Passed, string Message)
{
    public static KitVerdict Pass(string message) => new(true, message);

    public static KitVerdict Fail(string message) => new(false, message);
}
