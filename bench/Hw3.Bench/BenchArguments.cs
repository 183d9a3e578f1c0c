using System.Globalization;

namespace Hw3.Bench;

/// <summary>The bench's command line: <c>--n 500 --jobs 2 --sample 3 --seed 182 --keep</c>, or a child's <c>--mode real|floor --in … --warm … --work …</c>.</summary>
internal sealed record BenchArguments(int Count, int Jobs, int Sample, int Seed, bool Keep, string? Mode, string? Input, string? WarmUp, string? Work)
{
    public static BenchArguments Parse(string[] args)
    {
        string? Value(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        return new BenchArguments(
            Number("--n", 500),
            Number("--jobs", Math.Max(1, Environment.ProcessorCount)),
            Number("--sample", 3),
            Number("--seed", 182),
            args.Contains("--keep"),
            Value("--mode"),
            Value("--in"),
            Value("--warm"),
            Value("--work"));
    }
}
