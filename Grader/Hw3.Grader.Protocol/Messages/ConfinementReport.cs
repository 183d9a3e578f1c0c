namespace Hw3.Grader.Protocol.Messages;

/// <summary>
/// What a runner's self-confinement got from the kernel, reported in its <see cref="ReadyMessage"/> (and by
/// <c>--report-confinement</c>, with which the grader probes it once at start-up).
/// </summary>
/// <param name="StrayDescriptorsClosed">Inherited descriptors the runner closed; null when it did not look.</param>
/// <param name="LandlockAbi">The Landlock ABI the ruleset was built for; 0 when no ruleset is in force.</param>
/// <param name="Seccomp">Whether the seccomp filter is in force on every thread.</param>
/// <param name="Missing">What the runner could not apply and why, one sentence each.</param>
public sealed record ConfinementReport(int? StrayDescriptorsClosed, int LandlockAbi, bool Seccomp, IReadOnlyList<string> Missing);
