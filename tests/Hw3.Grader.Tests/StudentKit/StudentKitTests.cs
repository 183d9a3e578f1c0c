using Hw3.Grader.Rubrics;
using Hw3.Grader.StudentKit;

namespace Hw3.Grader.Tests.StudentKit;

/// <summary>The built kit, unpacked outside the checkout: it checks as a student runs it, and it carries no answer.</summary>
public sealed class StudentKitTests(KitFixture kit) : IClassFixture<KitFixture>
{
    [Fact]
    public void The_perfect_sample_passes_every_visible_item_of_the_kit()
    {
        kit.Perfect.ExitCode.Should().Be(0, kit.Perfect.Output);
        var visible = kit.Rubric.Items.Count(i => StudentVisibility.BeforeDueDate(i));
        kit.Perfect.Output.Should().Contain($"{visible} of {visible} items pass the kit's checks").And.NotContain("FAIL");
    }

    [Fact]
    public void The_template_fails_every_item_with_one_line_each_and_no_stack_trace()
    {
        kit.Template.ExitCode.Should().Be(0, kit.Template.Output);
        var lines = kit.Template.Output.Split('\n');
        var visible = kit.Rubric.Items.Count(i => StudentVisibility.BeforeDueDate(i));
        lines.Count(l => l.StartsWith("FAIL", StringComparison.Ordinal)).Should().Be(visible, kit.Template.Output);
        lines.Count(l => l.Contains("is not written yet (it throws NotImplementedException)", StringComparison.Ordinal)).Should().Be(visible);
        lines.Should().NotContain(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+at [\w.`<>]+\("), "a stack trace frame is no help to a student");
        kit.Template.Output.Should().NotContain("Unhandled exception").And.Contain($"0 of {visible} items pass");
    }

    [Fact]
    public void The_kit_names_what_is_graded_after_submission_by_title_only()
    {
        var later = kit.Rubric.Items.Where(i => !StudentVisibility.BeforeDueDate(i)).ToList();
        later.Should().NotBeEmpty("the real rubric has an item graded after the due date, which this test needs");
        kit.Perfect.Output.Should().Contain("Graded after submission: " + string.Join("; ", later.Select(i => i.Title)));
    }

    [Fact]
    public void The_kit_holds_the_template_the_readme_the_launchers_and_no_reference_assembly()
    {
        File.ReadAllText(Path.Combine(kit.Kit, "Hw3.cs")).Should().Be(File.ReadAllText(Repository.PathOf("Submissions", "template", "Hw3.cs")));
        File.ReadAllText(Path.Combine(kit.Kit, "README.md")).Should().Contain("./check Hw3.cs").And.Contain("check.cmd Hw3.cs");
        File.Exists(Path.Combine(kit.Kit, KitLaunchers.WindowsName)).Should().BeTrue();
        Directory.GetFiles(kit.Kit, "*", SearchOption.AllDirectories).Select(Path.GetFileName)
            .Should().NotContain(name => name!.Contains("ReferenceSolutions", StringComparison.Ordinal) || name.EndsWith(".pdb", StringComparison.Ordinal));
    }

    [Fact]
    public void No_file_of_the_kit_holds_a_hidden_item_id_a_reference_name_or_a_reference_value()
    {
        var platform = PlatformNames.Of(kit.Kit);
        platform.UnionWith(PlatformNames.KitVocabulary());
        var needles = LeakNeedles.ForRealRubric.Where(n => !(LeakNeedles.IsName(n) && platform.Contains(n.Token))).ToList();
        needles.Select(n => n.Token).Should().Contain(["Q1Reference", "Hw3.ReferenceSolutions.Q4", "q5.general"], "the platform's names must not swallow ReferenceSolutions' own");
        var scanner = LeakScanner.For(needles);
        scanner.NeedleCount.Should().BeGreaterThan(500, "every kind of needle must be there for the scan to mean anything");

        // The zip itself, and what it unpacks to (the scanner unpacks archives it meets).
        // Joined, so that a failure lists every finding, not only the first.
        string.Join(Environment.NewLine, scanner.Scan(Path.GetDirectoryName(kit.ZipPath)!)).Should().BeEmpty();
    }
}
