using System.Globalization;

namespace Hw3.Bench.Modes;

/// <summary>
/// N synthetic submissions in a realistic mix, made from the bundled samples: correct (perfect, multi-file),
/// mistaken (common mistakes, partial, NaN answers, missing member) and not compiling. Each gets its own
/// comment line, so every submission has its own hash, as every student's file does.
/// </summary>
internal static class SyntheticClass
{
    /// <summary>Sample and weight (out of 20): 55 % correct, 35 % mistaken, 10 % not compiling.</summary>
    private static readonly (string Sample, int Weight)[] Mix =
    [
        ("perfect", 9), ("multi-file", 2), ("common-mistakes", 3), ("partial", 2), ("nan-answers", 1), ("missing-member", 1), ("compile-error", 2),
    ];

    public static IReadOnlyList<string> Kinds => [.. Mix.Select(m => m.Sample)];

    public static void Generate(string samplesFolder, string destination, int count, int seed)
    {
        Directory.CreateDirectory(destination);
        var random = new Random(seed);
        var total = Mix.Sum(m => m.Weight);
        for (var i = 0; i < count; i++)
        {
            var pick = random.Next(total);
            var sample = Mix.First(m => (pick -= m.Weight) < 0).Sample;
            Write(Path.Combine(samplesFolder, sample), Path.Combine(destination, "student" + i.ToString("D4", CultureInfo.InvariantCulture)), i);
        }
    }

    public static void Write(string sampleFolder, string destination, int index)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(sampleFolder, "*.cs"))
        {
            var text = File.ReadAllText(file) + $"\n// student {index.ToString(CultureInfo.InvariantCulture)}\n";
            File.WriteAllText(Path.Combine(destination, Path.GetFileName(file)), text);
        }
    }
}
