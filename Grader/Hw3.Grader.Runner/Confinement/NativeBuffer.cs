using System.Runtime.InteropServices;

namespace Hw3.Grader.Runner.Confinement;

/// <summary>A copy of some bytes in native memory, for system calls that take a pointer (the runner has no unsafe code).</summary>
internal sealed class NativeBuffer : IDisposable
{
    public NativeBuffer(ReadOnlySpan<byte> bytes)
    {
        Pointer = Marshal.AllocHGlobal(Math.Max(bytes.Length, 1));
        Marshal.Copy(bytes.ToArray(), 0, Pointer, bytes.Length);
    }

    public nint Pointer { get; }

    public void Dispose() => Marshal.FreeHGlobal(Pointer);
}
