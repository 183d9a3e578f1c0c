using System.Reflection.PortableExecutable;
using Hw3.Grader.Execution;

namespace Hw3.Grader.Tests.Execution;

/// <summary>The runner's build publishes a precompiled copy, and that copy is the one the grader starts.</summary>
public sealed class ReadyToRunRunnerTests
{
    [Fact]
    public void The_runner_the_grader_starts_is_the_precompiled_copy_the_build_published()
    {
        var located = ToolLocator.RunnerAssembly;

        Path.GetFileName(Path.GetDirectoryName(located)).Should().Be(ToolLocator.ReadyToRunFolder);
        HasNativeCode(located).Should().BeTrue("the copy in {0} should hold ReadyToRun code", located);
    }

    [Fact]
    public void The_precompiled_copy_carries_every_assembly_the_runner_needs_precompiled()
    {
        var folder = Path.GetDirectoryName(ToolLocator.RunnerAssembly)!;

        foreach (var name in new[] { "Hw3.Grader.Runner.dll", "Hw3.Grader.Protocol.dll", "Hw3.TestFunctions.dll" })
        {
            HasNativeCode(Path.Combine(folder, name)).Should().BeTrue("{0} is on every runner's path to its first answer", name);
        }

        File.Exists(Path.Combine(folder, "MathNet.Numerics.dll")).Should().BeTrue("student code may use MathNet.Numerics");
    }

    [Fact]
    public void The_precompiled_copy_is_no_older_than_the_runner_it_was_built_from()
    {
        var precompiled = ToolLocator.RunnerAssembly;
        var plain = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(precompiled))!, Path.GetFileName(precompiled));

        File.GetLastWriteTimeUtc(precompiled).Should().BeOnOrAfter(File.GetLastWriteTimeUtc(plain));
    }

    /// <summary>A ReadyToRun image is an IL assembly whose CLI header points at a native-code header.</summary>
    private static bool HasNativeCode(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
