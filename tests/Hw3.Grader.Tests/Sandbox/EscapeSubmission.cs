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
