using Hw3.Grader.Packaging;

namespace Hw3.Grader.Tests.Packaging;

public sealed class PackagedProgramTests
{
    private static PackagedProgram Program(string folder) => PackagedProgram.Gradescope.Single(p => p.Folder == folder);

    [Theory]
    [InlineData("grader")]
    [InlineData("compiler")]
    public void A_zip_built_from_Release_carries_the_grader_and_the_compile_worker_ReadyToRun_against_the_installed_runtime(string folder)
    {
        Program(folder).PublishProperties("Release").Should().Equal(new Dictionary<string, string>
        {
            ["RuntimeIdentifier"] = PackagedProgram.ContainerRuntime,
            ["SelfContained"] = "false",
            ["PublishReadyToRun"] = "true",
        });
    }

    [Fact]
    public void Precompiled_code_is_for_Linux_whatever_machine_packages_the_zip()
    {
        PackagedProgram.ContainerRuntime.Should().StartWith("linux-");
        if (OperatingSystem.IsLinux())
        {
            PackagedProgram.ContainerRuntime.Should().Be(System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "a Docker build packages inside the image it builds");
        }
    }

    [Fact]
    public void The_runner_is_taken_as_its_own_build_precompiled_it_in_either_configuration()
    {
        Program("runner").PrecompiledFolder.Should().Be(Hw3.Grader.Execution.ToolLocator.ReadyToRunFolder);
        Program("runner").PublishProperties("Release").Should().BeNull();
    }

    [Fact]
    public void A_zip_built_from_Debug_publishes_every_program_as_built()
    {
        PackagedProgram.Gradescope.Should().OnlyContain(p => p.PublishProperties("Debug") == null);
    }
}
