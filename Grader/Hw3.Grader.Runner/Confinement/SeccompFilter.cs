using System.Buffers.Binary;

namespace Hw3.Grader.Runner.Confinement;

/// <summary>
/// A seccomp BPF filter installed on every thread of the runner at once (SECCOMP_FILTER_FLAG_TSYNC), and inherited
/// by every thread started later. It allows every system call but these, which fail with EPERM: running a program
/// (execve, execveat), starting a process (fork, vfork, clone without CLONE_THREAD), reaching another process
/// (ptrace, process_vm_readv/writev, pidfd_getfd, kcmp), sockets (socket, socketpair: the runtime needs none, its
/// protocol pipes are already open), and the usual ways out of a sandbox (namespaces, mounts, BPF, perf events,
/// userfaultfd, io_uring, kernel keys, kexec, modules, handle-based opens). clone3 fails with ENOSYS, so glibc
/// falls back to clone, whose flags a filter can see (clone3 passes them in memory a filter cannot read).
/// A call from another architecture's ABI (32-bit, x32) ends the process: its numbers mean other calls.
/// </summary>
internal static class SeccompFilter
{
    private const int SetModeFilter = 1;
    private const int FlagTsync = 1;
    private const uint CloneThread = 0x00010000;
    private const uint ReturnAllow = 0x7fff0000;
    private const uint ReturnErrno = 0x00050000;
    private const uint ReturnKillProcess = 0x80000000;
    private const uint Eperm = 1;
    private const uint Enosys = 38;

    // Classic BPF opcodes.
    private const ushort LoadWordAbsolute = 0x20;
    private const ushort JumpIfEqual = 0x15;
    private const ushort JumpIfGreaterOrEqual = 0x35;
    private const ushort JumpIfBitsSet = 0x45;
    private const ushort Return = 0x06;

    // Offsets in struct seccomp_data: nr, arch, instruction pointer, then the six arguments (little-endian).
    private const uint NumberOffset = 0;
    private const uint ArchOffset = 4;
    private const uint FirstArgumentOffset = 16;

    private const int InstructionBytes = 8;

    /// <summary>Installs the filter on every thread; null, or why it could not be.</summary>
    public static string? Install(SyscallTable table)
    {
        var filter = Build(table);
        using var instructions = new NativeBuffer(filter);
        // struct sock_fprog: unsigned short len; (padding); struct sock_filter *filter.
        var header = new byte[16];
        BinaryPrimitives.WriteUInt16LittleEndian(header, (ushort)(filter.Length / InstructionBytes));
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(8), instructions.Pointer);
        using var program = new NativeBuffer(header);
        if (LinuxSyscalls.Prctl(LinuxSyscalls.PrSetNoNewPrivs, 1, 0, 0, 0) != 0)
        {
            return "seccomp (no_new_privs refused: " + LinuxSyscalls.LastError() + "): the runner can start programs and processes and open sockets";
        }

        var result = LinuxSyscalls.Syscall(table.Seccomp, SetModeFilter, FlagTsync, program.Pointer, 0, 0);
        return result == 0 ? null : "seccomp (the kernel refused the filter: " + (result > 0 ? "a thread could not be synchronised" : LinuxSyscalls.LastError()) + "): the runner can start programs and processes and open sockets";
    }

    /// <summary>
    /// The program as struct sock_filter array (code, jump if true, jump if false, k). Written straight into bytes,
    /// without a list of tuples: generic instantiations are JIT-compiled in every runner start.
    /// </summary>
    internal static byte[] Build(SyscallTable table)
    {
        var checks = (table.X32Bit != 0 ? 1 : 0) + table.Refused.Count + 2;
        var filter = new byte[(4 + checks + 7) * InstructionBytes];
        var at = 0;
        void Emit(ushort code, int jumpIfTrue, int jumpIfFalse, uint k)
        {
            var slot = filter.AsSpan(at * InstructionBytes);
            BinaryPrimitives.WriteUInt16LittleEndian(slot, code);
            slot[2] = checked((byte)jumpIfTrue);
            slot[3] = checked((byte)jumpIfFalse);
            BinaryPrimitives.WriteUInt32LittleEndian(slot[4..], k);
            at++;
        }

        Emit(LoadWordAbsolute, 0, 0, ArchOffset);
        Emit(JumpIfEqual, 1, 0, table.AuditArch);
        Emit(Return, 0, 0, ReturnKillProcess);
        Emit(LoadWordAbsolute, 0, 0, NumberOffset);

        // The targets sit after the checks: allow, refuse with EPERM, refuse with ENOSYS, then clone's flag check.
        var allow = at + checks;
        var refuse = allow + 1;
        var notImplemented = allow + 2;
        var cloneCheck = allow + 3;
        if (table.X32Bit != 0)
        {
            Emit(JumpIfGreaterOrEqual, refuse - (at + 1), 0, table.X32Bit);
        }

        for (var i = 0; i < table.Refused.Count; i++)
        {
            Emit(JumpIfEqual, refuse - (at + 1), 0, (uint)table.Refused[i]);
        }

        Emit(JumpIfEqual, notImplemented - (at + 1), 0, SyscallTable.Clone3);
        Emit(JumpIfEqual, cloneCheck - (at + 1), 0, (uint)table.CloneCall);
        Emit(Return, 0, 0, ReturnAllow);
        Emit(Return, 0, 0, ReturnErrno | Eperm);
        Emit(Return, 0, 0, ReturnErrno | Enosys);
        // clone's flags are its first argument (the low 32 bits hold CLONE_THREAD): a thread may start, a process not.
        Emit(LoadWordAbsolute, 0, 0, FirstArgumentOffset);
        Emit(JumpIfBitsSet, 0, 1, CloneThread);
        Emit(Return, 0, 0, ReturnAllow);
        Emit(Return, 0, 0, ReturnErrno | Eperm);
        return filter;
    }
}
