using Hw3.Grader.Packaging;

namespace Hw3.Grader.Tests.Packaging;

public sealed class PackagedProgramTests
{
    private static PackagedProgram Program(string folder) => PackagedProgram.Gradescope.Single(p => p.Folder == folder);

    [Fact]
    public void A_zip_built_from_Release_precompiles_the_grader_and_the_compile_worker_and_takes_the_runner_as_its_build_precompiled_it()
    {
        Program("grader").PublishesReadyToRun("Release").Should().BeTrue();
        Program("compiler").PublishesReadyToRun("Release").Should().BeTrue();
        Program("runner").PublishesReadyToRun("Release").Should().BeFalse("every build already publishes it ReadyToRun");
        Program("runner").PrecompiledFolder.Should().Be(Hw3.Grader.Execution.ToolLocator.ReadyToRunFolder);
    }

    [Fact]
    public void A_zip_built_from_Debug_publishes_every_program_as_built()
    {
        PackagedProgram.Gradescope.Should().OnlyContain(p => !p.PublishesReadyToRun("Debug"));
    }

    [Fact]
    public void The_precompiled_publish_is_for_Gradescopes_linux_x64_and_stays_framework_dependent()
    {
        PackagedProgram.ReadyToRunProperties.Should().Contain(new Dictionary<string, string>
        {
            ["RuntimeIdentifier"] = "linux-x64",
            ["SelfContained"] = "false",
            ["PublishReadyToRun"] = "true",
        });
    }
}
