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

    /// <summary>Installs the filter on every thread; null, or why it could not be.</summary>
    public static string? Install(SyscallTable table)
    {
        var program = Build(table);
        var filter = new byte[program.Count * 8];
        for (var i = 0; i < program.Count; i++)
        {
            var (code, jumpIfTrue, jumpIfFalse, k) = program[i];
            BinaryPrimitives.WriteUInt16LittleEndian(filter.AsSpan(i * 8), code);
            filter[(i * 8) + 2] = jumpIfTrue;
            filter[(i * 8) + 3] = jumpIfFalse;
            BinaryPrimitives.WriteUInt32LittleEndian(filter.AsSpan((i * 8) + 4), k);
        }

        using var instructions = new NativeBuffer(filter);
        // struct sock_fprog: unsigned short len; (padding); struct sock_filter *filter.
        var header = new byte[16];
        BinaryPrimitives.WriteUInt16LittleEndian(header, (ushort)program.Count);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(8), instructions.Pointer);
        using var fprog = new NativeBuffer(header);
        if (LinuxSyscalls.Prctl(LinuxSyscalls.PrSetNoNewPrivs, 1, 0, 0, 0) != 0)
        {
            return "seccomp (no_new_privs refused: " + LinuxSyscalls.LastError() + "): the runner can start programs and processes and open sockets";
        }

        var result = LinuxSyscalls.Syscall(table.Seccomp, SetModeFilter, FlagTsync, fprog.Pointer, 0, 0);
        return result == 0 ? null : "seccomp (the kernel refused the filter: " + (result > 0 ? "thread " + result + " could not be synchronised" : LinuxSyscalls.LastError()) + "): the runner can start programs and processes and open sockets";
    }

    /// <summary>The program, as (code, jump if true, jump if false, k); jumps count instructions after the next.</summary>
    internal static List<(ushort Code, byte JumpIfTrue, byte JumpIfFalse, uint K)> Build(SyscallTable table)
    {
        var program = new List<(ushort, byte, byte, uint)>
        {
            (LoadWordAbsolute, 0, 0, ArchOffset),
            (JumpIfEqual, 1, 0, table.AuditArch),
            (Return, 0, 0, ReturnKillProcess),
            (LoadWordAbsolute, 0, 0, NumberOffset),
        };

        // The targets sit at the end: allow, refuse with EPERM, refuse with ENOSYS, then clone's flag check.
        var checks = (table.X32Bit != 0 ? 1 : 0) + table.Refused.Count + 2;
        var allow = program.Count + checks;
        var refuse = allow + 1;
        var notImplemented = allow + 2;
        var cloneCheck = allow + 3;
        byte To(int target) => checked((byte)(target - (program.Count + 1)));

        if (table.X32Bit != 0)
        {
            program.Add((JumpIfGreaterOrEqual, To(refuse), 0, table.X32Bit));
        }

        foreach (var number in table.Refused)
        {
            program.Add((JumpIfEqual, To(refuse), 0, (uint)number));
        }

        program.Add((JumpIfEqual, To(notImplemented), 0, SyscallTable.Clone3));
        program.Add((JumpIfEqual, To(cloneCheck), 0, (uint)table.CloneCall));
        program.Add((Return, 0, 0, ReturnAllow));
        program.Add((Return, 0, 0, ReturnErrno | Eperm));
        program.Add((Return, 0, 0, ReturnErrno | Enosys));
        // clone's flags are its first argument (the low 32 bits hold CLONE_THREAD): a thread may start, a process not.
        program.Add((LoadWordAbsolute, 0, 0, FirstArgumentOffset));
        program.Add((JumpIfBitsSet, 0, 1, CloneThread));
        program.Add((Return, 0, 0, ReturnAllow));
        program.Add((Return, 0, 0, ReturnErrno | Eperm));
        return program;
    }
}
