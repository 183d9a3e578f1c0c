using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Tests.Compilation;

/// <summary>
/// Valid-looking C# that keeps Roslyn busy for minutes: lambdas nested inside calls to an overloaded
/// method make overload resolution exponential in the depth. It stays within the source policy's
/// nesting limit (LambdaNesting.MaxDepth in the compile worker) by using many
/// overloads instead, so only the compile timeout can stop it: defence in depth.
/// </summary>
internal static class SlowSource
{
    public static SourceFile File(int depth = 6)
    {
        var names = Enumerable.Range(0, depth).Select(i => "a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var call = string.Join(" + ", names);
        for (var i = depth - 1; i >= 0; i--)
        {
            call = $"M({names[i]} => {call})";
        }

        var text = """
            using System;
            public static class Slow
            {
                static int M(Func<int, int> f) => 0;
                static int M(Func<long, int> f) => 0;
                static int M(Func<short, int> f) => 0;
                static int M(Func<byte, int> f) => 0;
                static int M(Func<sbyte, int> f) => 0;
                static int M(Func<ushort, int> f) => 0;
                static int M(Func<uint, int> f) => 0;
                static int M(Func<ulong, int> f) => 0;
                static int M(Func<float, int> f) => 0;
                static int M(Func<double, int> f) => 0;
                static int M(Func<char, int> f) => 0;
                static int M(Func<decimal, int> f) => 0;
                public static int Run() => CALL;
            }
            """.Replace("CALL", call, StringComparison.Ordinal);
        return new SourceFile("Slow.cs", text);
    }
}
