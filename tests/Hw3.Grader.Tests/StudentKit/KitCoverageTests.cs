using Hw3.Grader.Rubrics;
using Hw3.Grader.StudentKit;
using Hw3.Grader.Tests.Rubrics;
using Hw3.Kit.Properties;

namespace Hw3.Grader.Tests.StudentKit;

/// <summary>The kit's manifest and checks against the real rubric, in process (no kit is built).</summary>
public sealed class KitCoverageTests
{
    private static readonly Rubric Rubric = RealRubric.Rubric;

    [Fact]
    public void The_manifest_lists_exactly_the_items_visible_before_the_due_date()
    {
        var manifest = KitManifestWriter.From(Rubric);

        manifest.Items.Select(i => i.Id).Should().Equal(Rubric.Items.Where(i => StudentVisibility.BeforeDueDate(i)).Select(i => i.Id));
        manifest.GradedAfterSubmission.Should().Equal(Rubric.Items.Where(i => !StudentVisibility.BeforeDueDate(i)).Select(i => i.Title));
    }

    [Fact]
    public void Every_visible_item_has_a_kit_check_and_a_readme_line_of_what_it_can_and_cannot_tell()
    {
        var manifest = KitManifestWriter.From(Rubric);
        var readme = StudentReadme.Write(manifest);
        foreach (var item in manifest.Items)
        {
            PropertyChecks.Create(item, new Hw3.Kit.Checking.CallFactory(manifest)).Should().NotBeNull(item.Id);
            PropertyChecks.Info(item).Should().NotBeNull(item.Id);
            readme.Should().Contain($"| `{item.Id}` ");
        }
    }

    [Fact]
    public void The_real_needles_hold_every_kind_and_catch_a_reference_value_planted_in_a_kit_file()
    {
        var needles = LeakNeedles.ForRealRubric;
        needles.Select(n => n.Token).Should().Contain(["Q1Reference", "Hw3.ReferenceSolutions.Q1", "q5.general"]);
        var planted = needles.First(n => n.Why.StartsWith("reference value of Q1.SignUpdateScale", StringComparison.Ordinal) && n.Why.EndsWith("G6", StringComparison.Ordinal));
        var folder = Directory.CreateTempSubdirectory("hw3-leak-planted-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "README.md"), $"| q1b.scale | use c = {planted.Token} here |");

            LeakScanner.For(needles).Scan(folder.FullName).Should().ContainSingle().Which.Should().Contain(planted.Token);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
