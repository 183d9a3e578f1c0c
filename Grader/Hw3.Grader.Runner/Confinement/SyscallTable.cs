namespace Hw3.Grader.Runner.Confinement;

/// <summary>
/// System call numbers of one architecture (from the kernel's unistd headers) and its audit architecture,
/// which a seccomp filter must check first: numbers mean different calls under another ABI.
/// </summary>
/// <param name="AuditArch">AUDIT_ARCH_* of this architecture.</param>
/// <param name="Seccomp">seccomp(2).</param>
/// <param name="CloneCall">clone(2): allowed only with CLONE_THREAD (a thread, not a process).</param>
/// <param name="Refused">Calls the filter refuses with EPERM: new programs and processes, other processes'
/// memory, sockets, and the usual ways out of a sandbox (namespaces, mounts, BPF, perf, io_uring, keys, modules).</param>
/// <param name="X32Bit">Bit that marks x32 system calls on x86_64 (refused), 0 where there is none.</param>
internal sealed record SyscallTable(uint AuditArch, int Seccomp, int CloneCall, IReadOnlyList<int> Refused, uint X32Bit)
{
    /// <summary>clone3(2): the same number everywhere; refused with ENOSYS so glibc falls back to clone for threads.</summary>
    public const int Clone3 = 435;
    public const int LandlockCreateRuleset = 444;
    public const int LandlockAddRule = 445;
    public const int LandlockRestrictSelf = 446;

    // execve execveat fork vfork ptrace process_vm_readv process_vm_writev socket socketpair unshare setns mount
    // umount2 pivot_root chroot bpf perf_event_open userfaultfd io_uring_setup io_uring_enter io_uring_register
    // keyctl add_key request_key kexec_load kexec_file_load init_module finit_module delete_module
    // open_by_handle_at name_to_handle_at swapon swapoff reboot acct fsopen fsconfig fsmount fspick move_mount
    // open_tree mount_setattr pidfd_getfd kcmp quotactl syslog, then what only x86_64 has: iopl ioperm modify_ldt.
    public static SyscallTable X64 { get; } = new(
        0xC000003E,
        317,
        56,
        [59, 322, 57, 58, 101, 310, 311, 41, 53, 272, 308, 165, 166, 155, 161, 321, 298, 323, 425, 426, 427,
         250, 248, 249, 246, 320, 175, 313, 176, 304, 303, 167, 168, 169, 163, 430, 431, 432, 433, 429,
         428, 442, 438, 312, 179, 103, 172, 173, 154],
        0x40000000);

    // The same list in asm-generic numbering (aarch64 has no fork, vfork, iopl, ioperm or modify_ldt).
    public static SyscallTable Arm64 { get; } = new(
        0xC00000B7,
        277,
        220,
        [221, 281, 117, 270, 271, 198, 199, 97, 268, 40, 39, 41, 51, 280, 241, 282, 425, 426, 427,
         219, 217, 218, 104, 294, 105, 273, 106, 265, 264, 224, 225, 142, 89, 430, 431, 432, 433, 429,
         428, 442, 438, 272, 60, 116],
        0);
}
