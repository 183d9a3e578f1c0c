using Hw3.Grader.Execution;

namespace Hw3.Grader.Tests.Execution;

/// <summary>One runner session over a submission with a member for every kind of value, shared by a test class.</summary>
public sealed class ValueSubmissionFixture : IAsyncLifetime
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using MathNet.Numerics.LinearAlgebra;

        public static class Values
        {
            public static double Twice(double x) => 2 * x;
            public static double Same(double x) => x;
            public static int Add(int a, int b) => a + b;
            public static long Widen(long x) => x * 3;
            public static bool Not(bool b) => !b;
            public static string Exclaim(string s) => s + "!";
            public static double[] Reversed(double[] xs) { Array.Reverse(xs); return xs; }
            public static double Apply(Func<double[], double> f, double[] x) => f(x);
            public static double[] ApplyGradient(Func<double[], double[]> g, double[] x) => g(x);
            public static string Peek(Func<double[], double> f, Func<double[], double[]> g)
            {
                var seen = f.Target + "\n" + g.Target + "\n" + f + "\n";
                try { f(new double[99]); } catch (Exception e) { seen += e.GetType().Name + ": " + e.Message + "\n" + e.StackTrace + "\n"; }
                try { g(null!); } catch (Exception e) { seen += e.GetType().Name + ": " + e.Message + "\n" + e.StackTrace; }
                return seen;
            }
            public static double[] Draw(Random rng, int n) => Enumerable.Range(0, n).Select(_ => rng.NextDouble()).ToArray();
            public static double Pi => Math.PI;
            public const int Answer = 42;
            public static readonly string Greeting = "hello";
            public static string Parameterless() => "called";
            public static IEnumerable<double> Counting(int n) { for (var i = 0; i < n; i++) yield return i; }
            public static List<int> Ints() => new() { 1, 2, 3 };
            public static float[] Floats() => new[] { 1.5f, -2.25f };
            public static Vector<double> Vector() => Vector<double>.Build.Dense(new[] { 3.0, 4.0 });
            public static decimal Money() => 1.25m;
            public static object Opaque() => new object();
            public static Dictionary<string, double> Table() => new();
            public static string? Nothing() => null;
            public static double[] Million() => new double[1_000_000];
            public static IEnumerable<double> Endless() { while (true) yield return 1; }
            public static string Essay() => new string('w', 1_000_000);
        }
        """;

    public IRunnerSession Session { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Session = new RunnerFactory(new RunnerOptions()).Open([TestAssemblies.Library(Source)]);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Session.DisposeAsync();
}
