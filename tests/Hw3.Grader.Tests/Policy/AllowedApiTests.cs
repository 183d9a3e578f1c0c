using Hw3.Grader.Compilation;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Tests.Compilation;

namespace Hw3.Grader.Tests.Policy;

/// <summary>What a homework answer needs is not refused: a realistic submission using all of it compiles cleanly.</summary>
[Collection(SharedCompilerCollection.Name)]
public sealed class AllowedApiTests(SharedCompilerFixture fixture)
{
    private const string Submission = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using System.Text;
        using MathNet.Numerics;
        using MathNet.Numerics.Distributions;
        using MathNet.Numerics.LinearAlgebra;
        using MathNet.Numerics.Statistics;
        using Complex = System.Numerics.Complex;

        public sealed record Estimate(double Mean, double StdDev);

        public static class Q4
        {
            /// <summary>Score-function estimate of d/dθ E[x²] for x ~ N(θ, 1), with a seeded stream.</summary>
            public static Estimate ScoreFunction(double theta, int samples, int seed)
            {
                if (samples <= 1)
                {
                    throw new ArgumentOutOfRangeException(nameof(samples), "need at least two samples");
                }

                var random = new Random(seed);
                var normal = new Normal(theta, 1.0, random);
                var terms = new List<double>(samples);
                for (var i = 0; i < samples; i++)
                {
                    var x = normal.Sample();
                    terms.Add(x * x * (x - theta));
                }

                return new Estimate(terms.Mean(), Statistics.StandardDeviation(terms));
            }

            public static double Erf(double x) => SpecialFunctions.Erf(x);
        }

        public static class Q5
        {
            public static int ForwardOps(int layers, int every)
            {
                var memo = new Dictionary<int, int>();
                var total = 0;
                foreach (var i in Enumerable.Range(1, layers).Reverse())
                {
                    var checkpoint = i / every * every;
                    total += memo.TryGetValue(checkpoint, out var cached) ? cached : i - checkpoint;
                }

                return total;
            }

            public static double Determinant(double[] values)
            {
                var matrix = Matrix<double>.Build.DenseOfRowMajor(2, 2, values);
                var vector = Vector<double>.Build.Dense([1.0, 2.0]);
                var solved = matrix.Solve(vector);
                return Math.Round(matrix.Determinant() + (solved.L2Norm() * 0), 12);
            }

            public static double Magnitude(double re, double im) => Complex.Abs(new Complex(re, im) * Complex.One);

            public static string Report(double[] xs)
            {
                var text = new StringBuilder();
                var ordered = from x in xs where !double.IsNaN(x) orderby x select x.ToString("R", CultureInfo.InvariantCulture);
                text.Append(string.Join(",", ordered));
                Console.WriteLine($"report of {xs.Length} values");
                Console.Out.Flush();
                return text.ToString();
            }

            public static string Safely(int n)
            {
                try
                {
                    return checked(int.MaxValue + n).ToString(CultureInfo.InvariantCulture);
                }
                catch (OverflowException e) when (e.Message.Length > 0)
                {
                    return "overflow: " + (e is ArithmeticException);
                }
            }
        }
        """;

    [Fact]
    public async Task A_realistic_submission_using_everything_a_homework_answer_needs_compiles_without_a_policy_diagnostic()
    {
        var outcome = await fixture.Pool.CompileAsync([new SourceFile("Hw3.cs", Submission)], CancellationToken.None);

        var assembly = outcome.Should().BeOfType<CompileSucceeded>(PolicySubmission.Describe(outcome)).Which.Assembly;
        PolicySubmission.PolicyErrors(outcome).Should().BeEmpty();
        AssemblyProbe.Call(assembly, "Q5", "Safely", 1).Should().Be("overflow: True");
        AssemblyProbe.Call(assembly, "Q5", "Magnitude", 3.0, 4.0).Should().Be(5.0);
        AssemblyProbe.Call(assembly, "Q5", "Determinant", new object[] { new[] { 2.0, 0.0, 0.0, 3.0 } }).Should().Be(6.0);
        AssemblyProbe.Call(assembly, "Q5", "Report", new object[] { new[] { 2.5, double.NaN, -1.0 } }).Should().Be("-1,2.5");
        AssemblyProbe.Call(assembly, "Q5", "ForwardOps", 4, 2).Should().Be(2);
    }

    /// <summary>
    /// FALSE REFUSAL: the rules allow <c>System.Type</c>'s name, but <c>Type.Name</c> is declared on
    /// <c>System.Reflection.MemberInfo</c>, whose namespace is refused, so <c>e.GetType().Name</c> is refused.
    /// </summary>
    [Fact]
    public async Task The_name_of_a_type_is_allowed_as_the_rules_promise()
    {
        var source = new SourceFile("Hw3.cs", "public static class Q6 { public static string Kind(Exception e) => e.GetType().Name + \"/\" + typeof(int).FullName; }");

        var outcome = await fixture.Pool.CompileAsync([source], CancellationToken.None);

        var assembly = outcome.Should().BeOfType<CompileSucceeded>(PolicySubmission.Describe(outcome)).Which.Assembly;
        AssemblyProbe.Call(assembly, "Q6", "Kind", new OverflowException()).Should().Be("OverflowException/System.Int32");
    }

    /// <summary>A compile error leaves expressions with no type; the policy must not add "a value of type ? is not allowed" for each.</summary>
    [Fact]
    public async Task A_compile_error_is_not_echoed_as_a_policy_refusal_of_an_unknown_type()
    {
        var source = new SourceFile("Hw3.cs", "public static class Q6\n{\n    public static double F() => Undefined.Value * 2;\n}\n");

        var outcome = await fixture.Pool.CompileAsync([source], CancellationToken.None);

        var failed = outcome.Should().BeOfType<CompileFailed>().Which;
        failed.Diagnostics.Should().Contain(d => d.Code == "CS0103");
        PolicySubmission.PolicyErrors(failed).Should().BeEmpty(PolicySubmission.Describe(failed));
    }
}
