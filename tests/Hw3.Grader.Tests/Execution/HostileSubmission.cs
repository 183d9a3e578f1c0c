namespace Hw3.Grader.Tests.Execution;

/// <summary>A submission that misbehaves in every way a runner must survive, compiled once.</summary>
internal static class HostileSubmission
{
    private const string Source = """
        using System;
        using System.Diagnostics;
        using System.Threading;

        public static class Good
        {
            public static int One() => 1;
            public static int Pid() => Environment.ProcessId;
            public static string Where() => Environment.CurrentDirectory;
            public static string Env(string name) => Environment.GetEnvironmentVariable(name) ?? "absent";
            public static int Twice(int n) => 2 * n;
            public static int Nap(int ms) { Thread.Sleep(ms); return ms; }
        }

        public static class Bad
        {
            public static int Boom() => throw new InvalidOperationException("boom");
            public static int Todo() => throw new NotImplementedException();
            public static int Forever() { while (true) { } }
            public static int Spin(int n) { while (true) { } }
            public static int Deep(int n) => Deep(n + 1) + 1;
            public static int Quit() { Environment.Exit(0); return 0; }
            public static int Chatty() { Console.Out.Write(new string('x', 5_000_000)); return 7; }
            public static int SpawnAndHang() { Spawn(); while (true) { } }
            public static int SpawnAndQuit() { Spawn(); Environment.Exit(3); return 0; }
            public static int LateThrow()
            {
                new Thread(() => { Thread.Sleep(100); throw new InvalidOperationException("late"); }).Start();
                return 1;
            }

            private static void Spawn()
            {
                var sleeper = Process.Start("sleep", "60");
                Console.WriteLine("spawned " + sleeper.Id);
                Console.Out.Flush();
            }
        }

        public static class Fragile
        {
            static Fragile() { throw new InvalidOperationException("bad init"); }
            public static int One() => 1;
        }
        """;

    private static readonly Lazy<byte[]> Compiled = new(() => TestAssemblies.Library(Source, "hostile"));

    public static byte[] Image => Compiled.Value;
}
