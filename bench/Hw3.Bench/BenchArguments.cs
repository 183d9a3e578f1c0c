using System.Globalization;

namespace Hw3.Bench;

/// <summary>The bench's command line: <c>--n 500 --jobs 2 --sample 3 --seed 182 --keep</c>, or a child's <c>--mode real|floor --in … --warm … --work …</c>.</summary>
internal sealed record BenchArguments(int Count, int Jobs, int Sample, int Seed, bool Keep, string? Mode, string? Input, string? WarmUp, string? Work)
{
    public const string Usage =
        "usage: dotnet run -c Release --project bench/Hw3.Bench -- [--n 500] [--jobs <cores>] [--sample 3] [--seed 182] [--keep]\n" +
        "       dotnet run -c Release --project bench/Hw3.Bench -- --q2 [submissions, default 20]   (Q2 by behaviour only: q2c, q2d, coordcheck.png)";

    private static readonly string[] Numbers = ["--n", "--jobs", "--sample", "--seed"];
    private static readonly string[] Texts = ["--mode", "--in", "--warm", "--work"];

    /// <summary>
    /// The arguments, or null and why not (an unknown option, a missing or malformed value; no reason for
    /// <c>--help</c>): the bench then runs nothing.
    /// </summary>
    public static (BenchArguments? Arguments, string? Error) Parse(string[] args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            return (null, null);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name == "--keep")
            {
                keep = true;
            }
            else if (!Numbers.Contains(name) && !Texts.Contains(name))
            {
                return (null, $"unknown option '{name}'");
            }
            else if (i + 1 >= args.Length)
            {
                return (null, $"{name} needs a value");
            }
            else if (Numbers.Contains(name) && !(int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0))
            {
                return (null, $"{name} needs a whole number above 0, not '{args[i + 1]}'");
            }
            else
            {
                values[name] = args[++i];
            }
        }

        int Number(string name, int fallback) => values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        string? Text(string name) => values.GetValueOrDefault(name);

        return (new BenchArguments(
            Number("--n", 500),
            Number("--jobs", Math.Max(1, Environment.ProcessorCount)),
            Number("--sample", 3),
            Number("--seed", 182),
            keep,
            Text("--mode"),
            Text("--in"),
            Text("--warm"),
            Text("--work")), null);
    }
}
