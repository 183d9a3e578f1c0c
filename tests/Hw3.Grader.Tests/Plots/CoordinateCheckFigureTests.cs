using Hw3.Grader.Grading;
using Hw3.Grader.Plots;
using Hw3.Grader.Tests.Checks;
using Hw3.Grader.Tests.Reporting;

namespace Hw3.Grader.Tests.Plots;

/// <summary>coordcheck.png: drawn from the curves the behaviour items keep in the report, written beside results.json.</summary>
public sealed class CoordinateCheckFigureTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hw3-coordcheck-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task The_q2c_items_keep_each_layer_under_the_three_rules_and_the_picture_is_written_beside_the_report()
    {
        var student = FakeStudent.Reference.With("Q2.HiddenLayerLearningRate", a => a.Double(0));
        var items = new[] { "q2c.input", "q2c.hidden", "q2c.output" }.Select(student.Grade).ToArray();
        var report = SampleReports.Report(items);

        items.Select(i => i.Curves.Count).Should().Equal(3, 6, 3);
        var hidden = items[1].Curves.Single(c => c.Layer == "hidden layer 1" && c.Rule == CurveRule.Student);
        hidden.Widths.Should().Equal(64, 128, 256, 512, 1024);
        (hidden.Values[^1] / hidden.Values[0]).Should().BeGreaterThan(8, "baseLr at every width: the change grows about like width");
        var mup = items[1].Curves.Single(c => c.Layer == "hidden layer 1" && c.Rule == CurveRule.MaximalUpdate);
        (mup.Values[^1] / mup.Values[0]).Should().BeInRange(0.5, 2);

        var written = await CoordinateCheckFigure.WriteBesideAsync(report, Path.Combine(_directory, "results.json"), CancellationToken.None);

        written.Should().Be(Path.Combine(_directory, CoordinateCheckFigure.FileName));
        PngShape.ShouldBeSensible(File.ReadAllBytes(written!), CoordinateCheckFigure.Width, CoordinateCheckFigure.Height);
        Directory.GetFiles(_directory).Should().ContainSingle("the picture is written atomically, no temporary file is left");
    }

    [Fact]
    public async Task A_report_without_a_coordinate_check_writes_no_picture()
    {
        var written = await CoordinateCheckFigure.WriteBesideAsync(SampleReports.Report(SampleReports.Passed), Path.Combine(_directory, "results.json"), CancellationToken.None);

        written.Should().BeNull();
        Directory.GetFiles(_directory).Should().BeEmpty();
    }
}
