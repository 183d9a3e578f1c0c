using Hw3.Grader.Checks.Kinds;
using System.Text;
using System.Text.RegularExpressions;
using Hw3.Grader.Checks;
using Hw3.Grader.Cli;
using Hw3.Grader.Grading;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Tests.Rubrics;

/// <summary>
/// The real rubric (<c>rubrics/hw3.json</c>) and its grading session, built once for every test that reads it,
/// the way the grader builds them: <see cref="GraderServices.LoadRubric"/> and <see cref="GraderServices.CreateSession"/>.
/// </summary>
internal static partial class RealRubric
{
    private static readonly Lazy<Rubric> LazyRubric = new(() => Loaded(GraderServices.LoadRubric(Repository.Rubric)));
    private static readonly Lazy<GradingSession> LazySession = new(() => GraderServices.CreateSession(Rubric));

    public static Rubric Rubric => LazyRubric.Value;

    public static GradingSession Session => LazySession.Value;

    public static RubricItem Item(string id) => Rubric.Items.Single(i => i.Id == id);

    public static ICheck Check(string id) => Session.Checks.Single(c => c.Item.Id == id);

    /// <summary>The same rubric with another top-level seed (so every seeded stream differs), loaded from edited text.</summary>
    public static Rubric WithSeed(int seed)
    {
        var text = File.ReadAllText(Repository.Rubric);
        var edited = SeedField().Replace(text, "\"seed\": " + seed.ToString(System.Globalization.CultureInfo.InvariantCulture), 1);
        edited.Should().NotBe(text, "the rubric has a top-level seed to edit, unless it already is {0}", seed);
        return Load(Encoding.UTF8.GetBytes(edited));
    }

    /// <summary>Rubric bytes loaded with the real reference and mistake catalogs, as <see cref="GraderServices.LoadRubric"/> loads a file.</summary>
    private static Rubric Load(byte[] bytes) =>
        Loaded(CheckKinds.RubricLoader(GraderServices.References.Contains, GraderServices.Mistakes.Contains).Load(bytes, "hw3.json"));

    private static Rubric Loaded(RubricLoadResult result) =>
        result.TryGet(out var rubric, out var problems) ? rubric : throw new InvalidOperationException(problems);

    [GeneratedRegex("\"seed\"\\s*:\\s*\\d+")]
    private static partial Regex SeedField();
}
