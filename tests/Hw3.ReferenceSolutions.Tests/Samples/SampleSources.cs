namespace Hw3.ReferenceSolutions.Tests.Samples;

/// <summary>The C# files of a sample submission or of the student template, as the grader would receive them.</summary>
internal static class SampleSources
{
    public static string TemplateFile => Repository.PathOf("Submissions", "template", "Hw3.cs");

    public static string SampleFolder(string scenario) => Repository.PathOf("Submissions", "samples", scenario);

    /// <summary>Every .cs file of a scenario folder (other files, like notes.txt, are not code), in name order.</summary>
    public static IReadOnlyList<string> CSharpFiles(string scenario) =>
        System.IO.Directory.GetFiles(SampleFolder(scenario), "*.cs")
            .Order(StringComparer.Ordinal)
            .ToArray();
}
