using Hw3.Grader.Cli;
using Hw3.Grader.Execution;
using Hw3.Grader.Execution.Sandbox;

namespace Hw3.Grader.Tests.Sandbox;

/// <summary>
/// Runner sessions for <see cref="EscapeSubmission"/>: inside the grader's real sandbox (as
/// <see cref="GraderServices.CreateRunners"/> wires it), inside one layer only, or with none. A layer this
/// machine lacks is never skipped silently: <see cref="Has"/> then asserts the probe reports it missing.
/// </summary>
internal static class Sandboxes
{
    public static SandboxCapabilities Probed => RunnerSandbox.Capabilities;

    /// <summary>The real sandbox (all layers this machine has) when <paramref name="only"/> is null, else that layer alone.</summary>
    public static IRunnerSession Open(SandboxLayer? only) => only is { } layer
        ? new RunnerFactory(new RunnerOptions(), new SandboxCommandWrapper(Only(layer), RunnerSandbox.Limits)).Open([EscapeSubmission.Image])
        : GraderServices.CreateRunners(null).Open([EscapeSubmission.Image]);

    /// <summary>A runner with no operating-system layer at all (what the sandbox is measured against).</summary>
    public static IRunnerSession Unsandboxed() => new RunnerFactory(new RunnerOptions(), RunnerWithout.Confinement).Open([EscapeSubmission.Image]);

    /// <summary>The runner's own confinement alone (no bubblewrap, user switch or limits), less the layers named in <paramref name="without"/>.</summary>
    public static IRunnerSession SelfConfined(string without = "") => new RunnerFactory(new RunnerOptions(), new RunnerWithout(without)).Open([EscapeSubmission.Image]);

    /// <summary>
    /// Whether this machine has the layer. When it does not, the probe must say so: for setpriv only when
    /// the grader is root (otherwise there is no user to switch from, and nothing is missing).
    /// </summary>
    public static bool Has(SandboxLayer layer)
    {
        var tool = layer switch
        {
            SandboxLayer.Bubblewrap => Probed.Bubblewrap,
            SandboxLayer.Setpriv => Probed.Setpriv,
            _ => Probed.Prlimit,
        };
        if (tool is not null)
        {
            return true;
        }

        if (layer == SandboxLayer.Setpriv && !Environment.IsPrivilegedProcess)
        {
            return false;
        }

        var name = layer.ToString().ToLowerInvariant();
        Probed.Missing.Should().Contain(
            sentence => sentence.Contains(name, StringComparison.Ordinal),
            $"a machine without {name} must report it missing rather than pretend it is in force");
        return false;
    }

    private static SandboxCapabilities Only(SandboxLayer layer) => layer switch
    {
        SandboxLayer.Bubblewrap => new SandboxCapabilities(Probed.Bubblewrap, null, null, []),
        SandboxLayer.Setpriv => new SandboxCapabilities(null, null, Probed.Setpriv, []),
        _ => new SandboxCapabilities(null, Probed.Prlimit, null, []),
    };
}
