using Newtonsoft.Json.Linq;

namespace Hw3.Scenarios.Tests.Batch;

/// <summary>
/// A class made of the bundled samples, one student each (without their expected reports), and a rubric
/// holding only the items whose references are quick (Q1, Q5), so a batch takes seconds, not minutes.
/// </summary>
public sealed class SmallClass : IDisposable
{
    public SmallClass()
    {
        Directory.CreateDirectory(Submissions);
        foreach (var scenario in Directory.EnumerateDirectories(Path.Combine(Repository.Root, "Submissions", "samples")).Order(StringComparer.Ordinal))
        {
            using var copy = new ScenarioCopy(scenario);
            CopyFolder(copy.Path, Path.Combine(Submissions, Path.GetFileName(scenario)));
            Count++;
        }

        var rubric = JObject.Parse(File.ReadAllText(Repository.Rubric));
        var items = (JArray)rubric["items"]!;
        foreach (var item in items.Where(i => !(((string?)i["id"])?.StartsWith("q1", StringComparison.Ordinal) is true
                                                 || ((string?)i["id"])?.StartsWith("q5", StringComparison.Ordinal) is true)).ToList())
        {
            item.Remove();
        }

        rubric.Remove("$schema");
        File.WriteAllText(Rubric, rubric.ToString());
    }

    /// <summary>How many students the class has (a new sample folder is a new student).</summary>
    public int Count { get; }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "hw3-class-" + Guid.NewGuid().ToString("N"));

    public string Submissions => Path.Combine(Root, "submissions");

    public string Rubric => Path.Combine(Root, "quick-rubric.json");

    public string Out(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
