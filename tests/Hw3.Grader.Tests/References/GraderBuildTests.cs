using Hw3.Grader.Grading;

namespace Hw3.Grader.Tests.References;

/// <summary>The grader build id a reference file is bound to: the same assemblies give the same id, another assembly another.</summary>
public sealed class GraderBuildTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hw3-build-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Assembly(Type type) => type.Assembly.Location;

    [Fact]
    public void The_same_assemblies_give_the_same_id_and_files_that_are_not_assemblies_do_not_count()
    {
        File.Copy(Assembly(typeof(GraderInfo)), Path.Combine(_folder, "hw3.dll"));
        var first = GraderInfo.BuildOf(_folder);
        File.WriteAllText(Path.Combine(_folder, "libnative.dll"), "not an assembly");
        File.WriteAllText(Path.Combine(_folder, "readme.txt"), "text");

        GraderInfo.BuildOf(_folder).Should().Be(first).And.MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    public void Another_assembly_gives_another_id()
    {
        File.Copy(Assembly(typeof(GraderInfo)), Path.Combine(_folder, "hw3.dll"));
        var first = GraderInfo.BuildOf(_folder);
        File.Copy(Assembly(typeof(ReferenceSolutions.Q2.Q2Reference)), Path.Combine(_folder, "Hw3.ReferenceSolutions.dll"));

        GraderInfo.BuildOf(_folder).Should().NotBe(first);
    }

    [Fact]
    public void This_process_has_a_build_id()
    {
        GraderInfo.Build.Should().MatchRegex("^[0-9a-f]{64}$");
    }
}
