using System.Reflection;
using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>One option of a command as its settings type declares it: its long names and the type of its value.</summary>
public sealed record CommandOptionInfo(IReadOnlyList<string> LongNames, Type ValueType)
{
    public static IReadOnlyList<CommandOptionInfo> Of(Type settingsType) =>
        settingsType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Option: p.GetCustomAttribute<CommandOptionAttribute>()))
            .Where(p => p.Option is not null)
            .Select(p => new CommandOptionInfo(p.Option!.LongNames.ToList(), Nullable.GetUnderlyingType(p.Property.PropertyType) ?? p.Property.PropertyType))
            .ToList();
}
