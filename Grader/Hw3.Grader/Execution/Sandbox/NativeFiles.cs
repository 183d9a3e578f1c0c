using System.Runtime.InteropServices;

namespace Hw3.Grader.Execution.Sandbox;

/// <summary>Hands the runner's empty working directory to the unprivileged user (only needed without bubblewrap's private /tmp).</summary>
internal static class NativeFiles
{
    public static void GiveTo(string directory, int id)
    {
        // Failure leaves the folder root's: the runner then has no writable folder at all, which is safe.
        _ = Chown(directory, id, id);
    }

    [DllImport("libc", EntryPoint = "chown", SetLastError = true)]
    private static extern int Chown([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int owner, int group);
}
