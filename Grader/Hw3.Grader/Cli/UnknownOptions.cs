using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>
/// Spectre.Console.Cli hands options it does not know to the command as "remaining" arguments even in
/// strict mode; a typo such as <c>--rubic</c> must not be ignored silently, so commands refuse them.
/// </summary>
public static class UnknownOptions
{
    /// <summary>A message naming the unknown options, or null when there are none.</summary>
    public static string? Describe(CommandContext context)
    {
        var unknown = context.Remaining.Parsed.Select(group => "--" + group.Key).Concat(context.Remaining.Raw).Distinct().ToList();
        return unknown.Count == 0 ? null : $"unknown option {string.Join(", ", unknown)}; run ./hw3 {context.Name} --help for the options";
    }
}
