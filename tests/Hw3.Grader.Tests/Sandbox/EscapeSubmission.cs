using Hw3.Grader.Tests.Execution;

namespace Hw3.Grader.Tests.Sandbox;

/// <summary>
/// A submission that tries every way out of the runner, compiled in the test process WITHOUT the source
/// policy (which would refuse all of it), so only the operating-system layers stand in its way. Each
/// attempt answers in words: what it got, or <c>refused: ExceptionType</c>.
/// </summary>
internal static class EscapeSubmission
{
    private const string Source = """
        using System;
        using System.Diagnostics;
        using System.IO;
        using System.Net.Sockets;
        using System.Runtime.InteropServices;

        public static class Escape
        {
            public static int Twice(int x) => 2 * x;

            // libc.so.6 by its soname: the runtime already has it loaded, so no file is opened to find it.
            [DllImport("libc.so.6", EntryPoint = "getuid")] private static extern uint GetUid();
            [DllImport("libc.so.6", EntryPoint = "fork", SetLastError = true)] private static extern int NativeFork();
            [DllImport("libc.so.6", EntryPoint = "_exit")] private static extern void NativeExit(int code);
            [DllImport("libc.so.6", EntryPoint = "kill", SetLastError = true)] private static extern int NativeKill(int pid, int signal);

            public static int Uid() => (int)GetUid();

            private static string _fromFinalizer = "finalizer never ran";

            private sealed class Reaper
            {
                private readonly string _path;
                public Reaper(string path) => _path = path;
                ~Reaper() { _fromFinalizer = Read(_path); }
            }

            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
            private static void Drop(string path) => _ = new Reaper(path);

            /// <summary>Reads a file on the runtime's finalizer thread, which existed before the runner's Main.</summary>
            public static string ReadFromFinalizer(string path)
            {
                Drop(path);
                GC.Collect();
                GC.WaitForPendingFinalizers();
                return _fromFinalizer;
            }

            /// <summary>fork(2) through libc; the child leaves at once.</summary>
            public static string Fork()
            {
                var pid = NativeFork();
                if (pid == 0) NativeExit(0);
                return pid > 0 ? "forked " + pid : "refused: errno " + Marshal.GetLastPInvokeError();
            }

            /// <summary>SIGKILL to a process outside the runner.</summary>
            public static string Kill(int pid) => NativeKill(pid, 9) == 0 ? "killed" : "refused: errno " + Marshal.GetLastPInvokeError();

            public static string Shell(string marker)
            {
                try
                {
                    using var shell = Process.Start("/bin/sh", new[] { "-c", "echo " + marker + " > /tmp/" + marker });
                    shell.WaitForExit();
                    return "ran";
                }
                catch (Exception e) { return "refused: " + e.GetType().Name; }
            }

            /// <summary>Writes to a descriptor the runner may have inherited.</summary>
            public static string WriteDescriptor(int descriptor)
            {
                try
                {
                    using var stream = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(new IntPtr(descriptor), false), FileAccess.Write, 1);
                    stream.Write(new byte[] { 120 }, 0, 1);
                    return "wrote";
                }
                catch (Exception e) { return "refused: " + e.GetType().Name; }
            }

            public static string Read(string path)
            {
                try { return "read " + File.ReadAllBytes(path).Length + " bytes"; }
                catch (Exception e) { return "refused: " + e.GetType().Name; }
            }

            public static string Write(string path)
            {
                try { File.WriteAllText(path, "written by a student"); return "wrote"; }
                catch (Exception e) { return "refused: " + e.GetType().Name; }
            }

            public static string Connect(int port)
            {
                try
                {
                    using var client = new TcpClient();
                    client.Connect("127.0.0.1", port);
                    return "connected";
                }
                catch (Exception e) { return "refused: " + e.GetType().Name; }
            }

            public static string Spawn(string seconds)
            {
                try
                {
                    Process.Start("sleep", seconds);
                    return "started";
                }
                catch (Exception e) { return "refused: " + e.GetType().Name; }
            }

            /// <summary>Reserves (never touches) native memory, 512 MB at a time: only an address-space limit stops it.</summary>
            public static long ReserveNative(int chunks)
            {
                long megabytes = 0;
                for (var i = 0; i < chunks; i++)
                {
                    Marshal.AllocHGlobal(new IntPtr(512L << 20));
                    megabytes += 512;
                }

                return megabytes;
            }

            public static int HoardManaged()
            {
                var hoard = new System.Collections.Generic.List<byte[]>();
                while (true) hoard.Add(new byte[16 << 20]);
            }
        }
        """;

    private static readonly Lazy<byte[]> Compiled = new(() => TestAssemblies.Library(Source, "escape"));

    public static byte[] Image => Compiled.Value;
}
