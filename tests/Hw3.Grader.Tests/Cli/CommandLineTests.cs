using System.ComponentModel;
using System.Reflection;
using Hw3.Grader.Cli;
using Hw3.Grader.Grading;
using Spectre.Console.Cli;

namespace Hw3.Grader.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Version_prints_the_graders_version_and_exits_zero()
    {
        var (exitCode, output) = await CliRun.RunAsync("--version");

        exitCode.Should().Be(ExitCodes.Success);
        output.Trim().Should().Be(GraderInfo.Version);
    }

    [Theory]
    [InlineData("grdae", "did you mean \"grade\"?")]
    [InlineData("bacth", "did you mean \"batch\"?")]
    [InlineData("evla", "did you mean \"eval\"?")]
    [InlineData("upload", "the commands are grade, check, batch, manual, eval, power")]
    public async Task A_mistyped_command_gets_the_closest_one_or_the_list(string typed, string expected)
    {
        var (exitCode, output) = await CliRun.RunAsync(typed, "x");

        exitCode.Should().Be(ExitCodes.BadInvocation);
        output.Should().Contain($"unknown command \"{typed}\"").And.Contain(expected);
    }

    [Theory]
    [InlineData("batch", "--jbos", "did you mean --jobs?")]
    [InlineData("batch", "--forse", "did you mean --force?")]
    [InlineData("grade", "--rubic", "did you mean --rubric?")]
    [InlineData("grade", "--colour", "its options are --rubric, --out, --brief, --help")]
    public async Task A_mistyped_option_gets_the_closest_option_of_that_command_or_its_list(string command, string option, string expected)
    {
        var (exitCode, output) = await CliRun.RunAsync(command, Path.Combine(CliRun.RepositoryRoot, "Submissions", "samples"), option, "2");

        exitCode.Should().Be(ExitCodes.BadInvocation);
        output.Should().Contain($"{command} has no option {option}").And.Contain(expected);
    }

    [Theory]
    [InlineData("--jobs", "two")]
    [InlineData("--jobs=two", null)]
    [InlineData("--jobs", "2.5")]
    public async Task A_value_that_is_not_a_whole_number_says_a_whole_number_is_expected(string option, string? value)
    {
        string[] args = value is null ? ["batch", "Submissions/samples", option] : ["batch", "Submissions/samples", option, value];

        var (exitCode, output) = await CliRun.RunAsync(args);

        exitCode.Should().Be(ExitCodes.BadInvocation);
        output.Should().Contain("--jobs expects a whole number, e.g. --jobs 2; found \"" + (value ?? "two") + "\"");
        output.Should().NotContain("Nullable");
    }

    [Fact]
    public async Task A_timeout_that_is_not_a_number_says_a_number_is_expected()
    {
        var (exitCode, output) = await CliRun.RunAsync("eval", "Hw3.cs", "Q1.InitScale(1, 1)", "--timeout", "ten");

        exitCode.Should().Be(ExitCodes.BadInvocation);
        output.Should().Contain("--timeout expects a number, e.g. --timeout 10; found \"ten\"");
    }

    [Theory]
    [InlineData("grade", "results.json)")]
    [InlineData("grade", "rubrics/hw3.json")]
    [InlineData("batch", "graded)")]
    [InlineData("batch", "the number of cores")]
    [InlineData("eval", "default: 10)")]
    [InlineData("power", "10000")]
    [InlineData("power", "q4.estimators")]
    public async Task Help_states_each_default_once(string command, string value)
    {
        var (exitCode, output) = await CliRun.RunAsync(command, "--help");

        exitCode.Should().Be(ExitCodes.Success);
        var options = output[output.IndexOf("OPTIONS:", StringComparison.Ordinal)..];
        Occurrences(options, value).Should().Be(1, options);
        options.Should().NotContain("DEFAULT", "the defaults are in the descriptions, not in a column as well");
    }

    [Fact]
    public void Every_default_value_of_an_option_is_stated_in_its_description()
    {
        var options = CommandCatalog.SettingsByCommand.Values.SelectMany(t => t.GetProperties())
            .Where(p => p.GetCustomAttribute<CommandOptionAttribute>() is not null && p.GetCustomAttribute<DefaultValueAttribute>() is not null)
            .ToList();

        options.Should().NotBeEmpty();
        foreach (var property in options)
        {
            var value = Convert.ToString(property.GetCustomAttribute<DefaultValueAttribute>()!.Value, System.Globalization.CultureInfo.InvariantCulture);
            property.GetCustomAttribute<DescriptionAttribute>()!.Description.Should().Contain($"(default: {value})", property.Name);
        }
    }

    [Fact]
    public async Task The_command_catalog_lists_exactly_the_commands_the_app_offers()
    {
        var (_, output) = await CliRun.RunAsync("--help");

        var commands = output[output.IndexOf("COMMANDS:", StringComparison.Ordinal)..]
            .Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0 && char.IsLetter(l[0]))
            .Select(l => l.Split(' ')[0]).ToList();
        commands.Should().BeEquivalentTo(CommandCatalog.SettingsByCommand.Keys);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
