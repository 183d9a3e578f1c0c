using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Hw3.Grader.Runner.Confinement;

/// <summary>
/// A Landlock ruleset (Linux 5.13+, unprivileged): it handles every filesystem right of the ABI it is built for,
/// so whatever no rule allows is refused: no file is written, created, removed, renamed, linked or truncated
/// anywhere, and only the folders allowed here can be read or executed. From ABI 4 it also handles TCP bind
/// and connect with no rule (no TCP at all); from ABI 6 it scopes abstract unix sockets and signals to the
/// runner's own domain (it can signal no process outside). The rules bind the calling thread and threads it
/// starts afterwards; <see cref="RestrictCallingThread"/> can bind another thread with the same rules.
/// </summary>
internal sealed class LandlockRuleset : IDisposable
{
    /// <summary>The newest ABI whose rights this code knows (Linux 6.15: ABI 7 added audit flags, no rights).</summary>
    public const int NewestKnownAbi = 7;

    private const ulong AccessExecute = 1UL << 0;
    private const ulong AccessReadFile = 1UL << 2;
    private const ulong AccessReadDir = 1UL << 3;
    private const ulong NetBindTcp = 1UL << 0;
    private const ulong NetConnectTcp = 1UL << 1;
    private const ulong ScopeAbstractUnixSocket = 1UL << 0;
    private const ulong ScopeSignal = 1UL << 1;
    private const int CreateRulesetVersion = 1;
    private const int RulePathBeneath = 1;

    private int _descriptor;

    private LandlockRuleset(int descriptor, int abi)
    {
        _descriptor = descriptor;
        Abi = abi;
    }

    /// <summary>The ABI the ruleset was built for: the kernel's, up to <see cref="NewestKnownAbi"/>.</summary>
    public int Abi { get; }

    /// <summary>The kernel's Landlock ABI, or 0 with the reason when it has none (too old, or Landlock not enabled at boot).</summary>
    public static int KernelAbi(out string? missing)
    {
        var abi = LinuxSyscalls.Syscall(SyscallTable.LandlockCreateRuleset, 0, 0, CreateRulesetVersion, 0, 0);
        missing = abi > 0 ? null : "landlock (kernel 5.13+ with Landlock enabled; here: " + LinuxSyscalls.LastError() + "): the runner may read and write whatever its user may";
        return abi > 0 ? (int)abi : 0;
    }

    /// <summary>A ruleset handling every right of <paramref name="kernelAbi"/> (capped at the newest this code knows); null with the reason when the kernel refuses it.</summary>
    public static LandlockRuleset? Create(int kernelAbi, out string? missing)
    {
        var abi = Math.Min(kernelAbi, NewestKnownAbi);
        Span<byte> attributes = stackalloc byte[24];
        attributes.Clear();
        BinaryPrimitives.WriteUInt64LittleEndian(attributes, HandledFileAccess(abi));
        BinaryPrimitives.WriteUInt64LittleEndian(attributes[8..], abi >= 4 ? NetBindTcp | NetConnectTcp : 0);
        BinaryPrimitives.WriteUInt64LittleEndian(attributes[16..], abi >= 6 ? ScopeAbstractUnixSocket | ScopeSignal : 0);
        var size = abi >= 6 ? 24 : abi >= 4 ? 16 : 8;
        using var native = new NativeBuffer(attributes[..size]);
        var descriptor = LinuxSyscalls.Syscall(SyscallTable.LandlockCreateRuleset, native.Pointer, size, 0, 0, 0);

        missing = descriptor >= 0 ? null : "landlock (the kernel refused a ruleset: " + LinuxSyscalls.LastError() + "): the runner may read and write whatever its user may";
        return descriptor >= 0 ? new LandlockRuleset((int)descriptor, abi) : null;
    }

    /// <summary>Allows reading and executing beneath a folder (or a single file); false when it cannot be opened.</summary>
    public bool AllowReadBeneath(string path)
    {
        var isFolder = Directory.Exists(path);
        var descriptor = LinuxSyscalls.Open(path, LinuxSyscalls.OPath | LinuxSyscalls.OCloexec);
        if (descriptor < 0)
        {
            return false;
        }

        try
        {
            Span<byte> rule = stackalloc byte[12];
            BinaryPrimitives.WriteUInt64LittleEndian(rule, AccessExecute | AccessReadFile | (isFolder ? AccessReadDir : 0));
            BinaryPrimitives.WriteInt32LittleEndian(rule[8..], descriptor);
            using var native = new NativeBuffer(rule);
            return LinuxSyscalls.Syscall(SyscallTable.LandlockAddRule, _descriptor, RulePathBeneath, native.Pointer, 0, 0) == 0;
        }
        finally
        {
            LinuxSyscalls.Close(descriptor);
        }
    }

    /// <summary>
    /// Binds the calling thread (and the threads it starts from now on) to the ruleset. Landlock requires
    /// no-new-privileges first, which is per thread too: both are set here.
    /// </summary>
    public bool RestrictCallingThread(out string? error)
    {
        if (LinuxSyscalls.Prctl(LinuxSyscalls.PrSetNoNewPrivs, 1, 0, 0, 0) != 0
            || LinuxSyscalls.Syscall(SyscallTable.LandlockRestrictSelf, _descriptor, 0, 0, 0, 0) != 0)
        {
            error = LinuxSyscalls.LastError();
            return false;
        }

        error = null;
        return true;
    }

    public void Dispose()
    {
        var descriptor = Interlocked.Exchange(ref _descriptor, -1);
        if (descriptor >= 0)
        {
            LinuxSyscalls.Close(descriptor);
        }
    }

    /// <summary>Every filesystem right the ABI knows (execute … make_sym; refer from 2, truncate from 3, ioctl_dev from 5).</summary>
    private static ulong HandledFileAccess(int abi) => abi switch
    {
        >= 5 => (1UL << 16) - 1,
        >= 3 => (1UL << 15) - 1,
        2 => (1UL << 14) - 1,
        _ => (1UL << 13) - 1,
    };
}
