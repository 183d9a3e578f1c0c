using System.Diagnostics;
using System.Globalization;

namespace Hw3.Bench.Modes;

/// <summary>
/// The way most course autograders for C# work: copy the submission into a test project, then
/// <c>dotnet build</c> and <c>dotnet test</c>, once per submission. The test project checks a few answers
/// against their closed forms (the kind of test such graders ship). Timed per submission on a small sample,
/// two ways: warm (MSBuild and compiler servers kept between submissions, the most flattering case) and cold
/// (servers shut down before each submission and not used, as in the fresh container per submission that
/// Gradescope-style graders start; packages still come from the local cache, so even this is a lower bound).
/// </summary>
internal static class BuildTestMode
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>disable</Nullable>
            <IsPackable>false</IsPackable>
            <NuGetAudit>false</NuGetAudit>
            <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
            <PackageReference Include="xunit" Version="2.9.3" />
            <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
            <PackageReference Include="MathNet.Numerics" Version="5.0.0" />
          </ItemGroup>
        </Project>
        """;

    private const string Tests = """
        using Xunit;

        public class Q1Tests
        {
            [Theory]
            [InlineData(4, 8)]
            [InlineData(16, 4)]
            [InlineData(64, 64)]
            public void Init_scale_is_one_over_root_fan_in(int d1, int d2) => Assert.Equal(1 / Math.Sqrt(d1), Q1.InitScale(d1, d2), 9);

            [Theory]
            [InlineData(4, 8)]
            [InlineData(16, 4)]
            public void Init_rms_squared_is_fan_in(int d1, int d2) => Assert.Equal(d1, Q1.ExpectedRmsSquaredAtInit(d1, d2), 9);
        }
        """;

    /// <summary>Seconds per submission, one per submission graded.</summary>
    public static async Task<IReadOnlyList<double>> RunAsync(IReadOnlyList<string> submissions, string work, bool cold)
    {
        string[] serverless = cold ? ["--disable-build-servers", "-p:UseSharedCompilation=false"] : [];
        var seconds = new List<double>();
        foreach (var (submission, index) in submissions.Select((s, i) => (s, i)))
        {
            var folder = Path.Combine(work, "buildtest" + index.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "Grading.Tests.csproj"), Project);
            File.WriteAllText(Path.Combine(folder, "Tests.cs"), Tests);
            foreach (var file in Directory.EnumerateFiles(submission, "*.cs"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            if (cold)
            {
                await DotnetAsync(folder, "build-server", "shutdown");
            }

            var clock = Stopwatch.StartNew();
            var built = await DotnetAsync(folder, ["build", "--nologo", "-v", "quiet", .. serverless]);
            if (built == 0)
            {
                await DotnetAsync(folder, ["test", "--no-build", "--nologo", "-v", "quiet", .. serverless]);
            }

            seconds.Add(clock.Elapsed.TotalSeconds);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  build+test ({(cold ? "cold" : "warm")}) {Path.GetFileName(submission)}: {clock.Elapsed.TotalSeconds:0.0} s (build exit {built})"));
        }

        return seconds;
    }

    private static async Task<int> DotnetAsync(string folder, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await Task.WhenAll(output, error);
        return process.ExitCode;
    }
}
