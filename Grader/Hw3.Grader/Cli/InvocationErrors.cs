using System.Globalization;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>
/// Turns what Spectre.Console.Cli refuses into one plain line about the arguments given: the closest command or
/// option for a typo (Spectre offers one for commands only, and only in a framed message), and what kind of value
/// an option takes when its value does not convert ("Failed to convert 'two' to Nullable`1" says neither).
/// </summary>
public static class InvocationErrors
{
    public static string Describe(Exception exception, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(args);
        var command = args.Count > 0 && CommandCatalog.SettingsByCommand.TryGetValue(args[0], out var settings) ? (Name: args[0], Settings: settings) : default;
        if (command.Settings is null)
        {
            var typed = args.FirstOrDefault(a => !a.StartsWith('-'));
            if (typed is not null && args[0] == typed)
            {
                var closest = Suggestion.Closest(typed, CommandCatalog.SettingsByCommand.Keys);
                return $"unknown command \"{typed}\"" + (closest is null ? $"; the commands are {string.Join(", ", CommandCatalog.SettingsByCommand.Keys)}" : $"; did you mean \"{closest}\"?");
            }

            return exception.Message;
        }

        var options = CommandOptionInfo.Of(command.Settings);
        var names = options.SelectMany(o => o.LongNames).Select(n => "--" + n).Append("--help").ToList();
        foreach (var (name, value) in OptionsIn(args.Skip(1).ToList()))
        {
            var option = options.FirstOrDefault(o => o.LongNames.Any(n => "--" + n == name));
            if (option is null && name.StartsWith("--", StringComparison.Ordinal) && name != "--help")
            {
                var closest = Suggestion.Closest(name, names);
                return $"{command.Name} has no option {name}" + (closest is null ? $"; its options are {string.Join(", ", names)}" : $"; did you mean {closest}?");
            }

            if (option is not null && value is not null && !Converts(value, option.ValueType))
            {
                return $"{name} expects {Kind(option.ValueType)}, e.g. {name} {Example(option.ValueType)}; found \"{value}\"";
            }
        }

        return exception.Message;
    }

    /// <summary>Each <c>--name</c> given, with the value after it (or after its <c>=</c>) if there is one.</summary>
    private static IEnumerable<(string Name, string? Value)> OptionsIn(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }

            var equals = args[i].IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                yield return (args[i][..equals], args[i][(equals + 1)..]);
            }
            else
            {
                yield return (args[i], i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[i + 1] : null);
            }
        }
    }

    private static bool Converts(string value, Type type) =>
        type == typeof(int) ? int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        : type == typeof(double) ? double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        : true;

    private static string Kind(Type type) => type == typeof(int) ? "a whole number" : "a number";

    private static string Example(Type type) => type == typeof(int) ? "2" : "10";
}
