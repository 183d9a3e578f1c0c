using System.Globalization;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Execution.Sandbox;

/// <summary>
/// Compares what a runner says it got with what the start-up probe found this machine gives. A runner that got less
/// (a Landlock ruleset it could not build this time, a filter it could not install) is not sent student code: the
/// sandbox line promised more than that runner would hold.
/// </summary>
public static class ConfinementShortfall
{
    /// <summary>Null when <paramref name="got"/> holds at least what <paramref name="expected"/> does, else what is missing.</summary>
    public static string? Of(ConfinementReport expected, ConfinementReport? got)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (got is null)
        {
            return "it reported no confinement at all";
        }

        var missing = new List<string>();
        if (expected.StrayDescriptorsClosed is not null && got.StrayDescriptorsClosed is null)
        {
            missing.Add("its stray descriptors were not closed");
        }

        if (got.LandlockAbi < expected.LandlockAbi)
        {
            missing.Add(got.LandlockAbi == 0
                ? "no Landlock ruleset"
                : string.Create(CultureInfo.InvariantCulture, $"Landlock ABI {got.LandlockAbi} instead of {expected.LandlockAbi}"));
        }

        if (expected.Seccomp && !got.Seccomp)
        {
            missing.Add("no seccomp filter");
        }

        return missing.Count == 0 ? null : string.Join("; ", missing);
    }
}
