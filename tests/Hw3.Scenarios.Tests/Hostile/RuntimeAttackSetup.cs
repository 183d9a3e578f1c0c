using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Hw3.Grader.Execution.Launching;
using Hw3.Grader.Execution.Sandbox;
using Microsoft.Win32.SafeHandles;

namespace Hw3.Scenarios.Tests.Hostile;

/// <summary>
/// What a runtime attack (a <see cref="ScenarioFolders.LanguageLayerOffMarker"/> scenario) is given to harm, set up
/// before it is graded and checked after: a victim folder outside the checkout (<c>/tmp/hw3-victim-*</c>, one file
/// in it; both writable by everyone, so that the runner's user switch does not already protect them), and a file
/// the grader holds open on a descriptor without close-on-exec, as a grader started with <c>9&gt;&gt;file</c> would. The grader marks the descriptors it inherited close-on-exec once, at its first
/// launch; this one is opened after that, so it reaches the runner and only the runner's own layer (stray
/// descriptors closed) keeps student code from writing to it. And a victim process of the runner's own user (nobody,
/// through setpriv, when the tests run as root), which a runner could signal but for Landlock's signal scope and
/// bubblewrap's PID namespace.
/// </summary>
public sealed class RuntimeAttackSetup : IDisposable
{
    /// <summary>The victim folders' prefix in the temporary folder: the attacks look for folders named so.</summary>
    public const string VictimPrefix = "hw3-victim-";

    private const string PreciousName = "precious.txt";
    private const string PreciousText = "a file the grader's machine keeps\n";
    private const int FSetFd = 2;

    private readonly DirectoryInfo _victim;
    private readonly string _descriptorFile;
    private readonly SafeFileHandle _descriptor;
    private readonly Process _victimProcess;

    public RuntimeAttackSetup()
    {
        InheritedDescriptors.MarkCloseOnExec();
        _victim = Directory.CreateTempSubdirectory(VictimPrefix);
        var precious = Path.Combine(_victim.FullName, PreciousName);
        File.WriteAllText(precious, PreciousText);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(precious, (UnixFileMode)0b110_110_110);
            File.SetUnixFileMode(_victim.FullName, (UnixFileMode)0b111_111_111);
        }

        // Started before the descriptor is opened, so the victim process does not hold it too.
        _victimProcess = StartVictimProcess();
        _descriptorFile = Path.Combine(Path.GetTempPath(), "hw3-inherited-" + Guid.NewGuid().ToString("N"));
        _descriptor = File.OpenHandle(_descriptorFile, FileMode.CreateNew, FileAccess.Write);
        Fcntl((int)_descriptor.DangerousGetHandle(), FSetFd, 0).Should().Be(0, "the test clears FD_CLOEXEC on its descriptor");
    }

    /// <summary>The victim folder holds exactly its one file, unchanged, nothing was written to the inherited descriptor, and the victim process lives.</summary>
    public void ShouldBeUntouched(string scenario)
    {
        _victim.EnumerateFileSystemInfos().Select(entry => entry.Name).Should().Equal([PreciousName], $"{scenario} may not write into or delete from a folder outside the checkout");
        File.ReadAllText(Path.Combine(_victim.FullName, PreciousName)).Should().Be(PreciousText, $"{scenario} may not change a file outside the checkout");
        new FileInfo(_descriptorFile).Length.Should().Be(0, $"{scenario} may not write to a descriptor the grader inherited");
        _victimProcess.HasExited.Should().BeFalse($"{scenario} may not kill a process of the runner's user outside its sandbox");
    }

    public void Dispose()
    {
        try
        {
            _victimProcess.Kill();
        }
        catch (InvalidOperationException)
        {
            // Already gone; ShouldBeUntouched has judged it.
        }

        _victimProcess.Dispose();
        _descriptor.Dispose();
        try
        {
            File.Delete(_descriptorFile);
            _victim.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder must not fail a test; ShouldBeUntouched has judged it.
        }
    }

    /// <summary><c>sleep</c> as the user runners run as: nobody when the tests run as root (the grader's setpriv), else this user.</summary>
    private static Process StartVictimProcess()
    {
        var id = RunnerSandbox.Limits.UnprivilegedId.ToString(CultureInfo.InvariantCulture);
        var info = Environment.IsPrivilegedProcess
            ? new ProcessStartInfo("setpriv", ["--reuid", id, "--regid", id, "--clear-groups", "--", "sleep", "600"])
            : new ProcessStartInfo("sleep", ["600"]);
        info.UseShellExecute = false;
        return Process.Start(info) ?? throw new InvalidOperationException("the victim process did not start");
    }

    [DllImport("libc", EntryPoint = "fcntl")]
    private static extern int Fcntl(int descriptor, int command, int argument);
}
