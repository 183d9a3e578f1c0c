using Hw3.Grader.Execution;

namespace Hw3.Grader.Tests.Execution;

/// <summary>One runner session over a submission whose classes and members are subtly wrong in every way.</summary>
public sealed class ResolutionSubmissionFixture : IAsyncLifetime
{
    private const string Source = """
        namespace Foo
        {
            public static class Q9 { public static int One() => 1; }
        }

        public static class Outer
        {
            public static class Q8 { public static int One() => 1; }
        }

        public static class q7 { public static int One() => 1; }

        public static class Q1
        {
            public static double InitScale(double d1, double d2) => 1.0 / d1;
            public static double initScale(int d1) => 1.0 / d1;
            public static int Overloaded(int a) => a;
            public static int Overloaded(string a) => a.Length;
        }

        public class Q2
        {
            public double Scale(int d) => d;
            public double Level => 1.0;
        }

        public static class Q3
        {
            private static double Hidden(int d) => d * 0.5;
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
