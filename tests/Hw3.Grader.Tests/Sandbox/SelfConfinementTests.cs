using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Hw3.Grader.Execution;
using Hw3.Grader.Execution.Sandbox;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Tests.Cli;
using static Hw3.Grader.Tests.Execution.Calls;

namespace Hw3.Grader.Tests.Sandbox;

/// <summary>
/// The runner's own confinement, with bubblewrap, the user switch and the limits all off (the runner runs as the
/// test's user, root in a container), against <see cref="EscapeSubmission"/> (compiled without the source
/// policy). Each layer is also tested alone, the other two switched off.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class SelfConfinementTests : IDisposable
{
    private static readonly string Rubric = Path.Combine(CliRun.RepositoryRoot, "rubrics", "hw3.json");
    private readonly string _folder = Directory.CreateTempSubdirectory("hw3-confinement-").FullName;
    private readonly string _marker = "hw3-confinement-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8];

    private static int LandlockAbi => Sandboxes.Probed.Confinement?.LandlockAbi ?? 0;

    private static bool Seccomp => Sandboxes.Probed.Confinement?.Seccomp ?? false;

    [Fact]
    public void The_probe_reports_what_the_kernel_gave_and_names_whatever_is_missing()
    {
        var confinement = Sandboxes.Probed.Confinement;

        confinement.Should().NotBeNull("the grader probes the runner's self-confinement at start-up");
        confinement!.StrayDescriptorsClosed.Should().NotBeNull();
        if (LandlockAbi == 0)
        {
            confinement.Missing.Should().Contain(sentence => sentence.StartsWith("landlock", StringComparison.Ordinal));
        }

        if (!Seccomp)
        {
            confinement.Missing.Should().Contain(sentence => sentence.StartsWith("seccomp", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Confined_the_runner_reads_no_file_of_the_machine_or_the_checkout_writes_nothing_and_starts_nothing()
    {
        if (LandlockAbi == 0 || !Seccomp)
        {
            return; // The probe test above asserts the missing layer is reported.
        }

        var target = Path.Combine(_folder, "planted.txt");
        await using var session = Sandboxes.SelfConfined();

        var passwd = await Text(session, "Read", "/etc/passwd");
        var rubric = await Text(session, "Read", Rubric);
        var write = await Text(session, "Write", target);
        var shell = await Text(session, "Shell", _marker);
        var fork = await session.Call(Method("Escape", "Fork"));
        var twice = await session.Call(Method("Escape", "Twice", ("int", WireValue.Of(21))));

        passwd.Should().StartWith("refused: ");
        rubric.Should().StartWith("refused: ");
        write.Should().StartWith("refused: ");
        shell.Should().StartWith("refused: ");
        fork.Value!.Text.Should().StartWith("refused: ");
        twice.Value.Should().Be(WireValue.Of(42), "the confined runner still answers");
        File.Exists(target).Should().BeFalse();
        File.Exists(Path.Combine("/tmp", _marker)).Should().BeFalse();
    }

    [Fact]
    public async Task Landlock_alone_refuses_reads_writes_programs_TCP_and_signals_to_other_processes()
    {
        if (LandlockAbi == 0)
        {
            return;
        }

        using var sleeper = Process.Start("sleep", "60")!;
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var target = Path.Combine(_folder, "planted.txt");
            await using var session = Sandboxes.SelfConfined(SelfConfinementSwitch.Descriptors + "," + SelfConfinementSwitch.Seccomp);

            (await Text(session, "Read", "/etc/passwd")).Should().StartWith("refused: ");
            (await Text(session, "Read", Rubric)).Should().StartWith("refused: ");
            (await Text(session, "ReadFromFinalizer", Rubric)).Should().StartWith("refused: ", "the finalizer thread, started before Main, is bound too");
            (await Text(session, "Write", target)).Should().StartWith("refused: ");
            (await Text(session, "Shell", _marker)).Should().StartWith("refused: ", "nothing outside the runtime and the runner may be executed");
            if (LandlockAbi >= 4)
            {
                (await session.Call(Method("Escape", "Connect", ("int", WireValue.Of(((IPEndPoint)listener.LocalEndpoint).Port))))).Value!.Text
                    .Should().StartWith("refused: ");
                listener.Pending().Should().BeFalse();
            }

            if (LandlockAbi >= 6)
            {
                (await session.Call(Method("Escape", "Kill", ("int", WireValue.Of(sleeper.Id))))).Value!.Text.Should().StartWith("refused: ");
                sleeper.HasExited.Should().BeFalse("a signal to a process outside the runner's Landlock domain is refused");
            }

            File.Exists(target).Should().BeFalse();
            File.Exists(Path.Combine("/tmp", _marker)).Should().BeFalse();
        }
        finally
        {
            listener.Stop();
            sleeper.Kill();
        }
    }

    [Fact]
    public async Task Seccomp_alone_refuses_programs_processes_and_sockets()
    {
        if (!Seccomp)
        {
            return;
        }

        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            await using var session = Sandboxes.SelfConfined(SelfConfinementSwitch.Descriptors + "," + SelfConfinementSwitch.Landlock);

            (await Text(session, "Shell", _marker)).Should().StartWith("refused: ");
            (await session.Call(Method("Escape", "Fork"))).Value!.Text.Should().StartWith("refused: ");
            (await session.Call(Method("Escape", "Connect", ("int", WireValue.Of(((IPEndPoint)listener.LocalEndpoint).Port))))).Value!.Text
                .Should().StartWith("refused: ");
            (await Text(session, "Read", Rubric)).Should().StartWith("read ", "reading is Landlock's to refuse, not seccomp's");
            (await Text(session, "ReadFromFinalizer", Rubric)).Should().StartWith("read ", "the same read on the finalizer thread works without Landlock");
            listener.Pending().Should().BeFalse();
            File.Exists(Path.Combine("/tmp", _marker)).Should().BeFalse();
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task A_descriptor_the_runner_inherited_by_accident_is_closed_before_student_code_runs()
    {
        // The grader's own start-up marking (once per process) happens first, as in a real grader: this stray comes later.
        Hw3.Grader.Execution.Launching.InheritedDescriptors.MarkCloseOnExec();
        var path = Path.Combine(_folder, "inherited.log");
        using var file = File.Open(path, FileMode.Create, FileAccess.Write);
        var descriptor = (int)file.SafeFileHandle.DangerousGetHandle();
        ClearCloseOnExec(descriptor);
        try
        {
            await using var closing = Sandboxes.SelfConfined(SelfConfinementSwitch.Landlock + "," + SelfConfinementSwitch.Seccomp);
            await using var notClosing = Sandboxes.SelfConfined(SelfConfinementSwitch.Everything);

            var refused = await closing.Call(Method("Escape", "WriteDescriptor", ("int", WireValue.Of(descriptor))));
            var baseline = await notClosing.Call(Method("Escape", "WriteDescriptor", ("int", WireValue.Of(descriptor))));

            refused.Value!.Text.Should().StartWith("refused: ");
            baseline.Value.Should().Be(WireValue.Of("wrote"), "without the layer the stray reaches student code (what the layer is measured against)");
        }
        finally
        {
            file.Dispose();
        }

        new FileInfo(path).Length.Should().Be(1, "only the runner without the layer wrote to it");
    }

    [Fact]
    public void The_grader_marks_an_inherited_descriptor_close_on_exec()
    {
        using var file = File.Open(Path.Combine(_folder, "grader.log"), FileMode.Create, FileAccess.Write);
        var descriptor = (int)file.SafeFileHandle.DangerousGetHandle();
        ClearCloseOnExec(descriptor);

        Hw3.Grader.Execution.Launching.InheritedDescriptors.MarkAll();

        (Fcntl(descriptor, 1, 0) & 1).Should().Be(1);
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        File.Delete(Path.Combine("/tmp", _marker));
    }

    private static async Task<string> Text(IRunnerSession session, string member, string argument) =>
        (await session.Call(Method("Escape", member, ("string", WireValue.Of(argument))))).Value!.Text!;

    private static void ClearCloseOnExec(int descriptor) => Fcntl(descriptor, 2, Fcntl(descriptor, 1, 0) & ~1).Should().Be(0);

    [DllImport("libc", EntryPoint = "fcntl")]
    private static extern int Fcntl(int descriptor, int command, int argument);
}
