using Spectre.Console.Cli;

namespace Hw3.Grader.Cli;

/// <summary>
/// Spectre.Console.Cli hands options it does not know to the command as "remaining" arguments even in
/// strict mode; a typo such as <c>--rubic</c> must not be ignored silently. This interceptor refuses them
/// before any command runs, so every command gets the same rule.
/// </summary>
public sealed class UnknownOptions : ICommandInterceptor
{
    public void Intercept(CommandContext context, CommandSettings settings)
    {
        var unknown = context.Remaining.Parsed.Select(group => "--" + group.Key).Concat(context.Remaining.Raw).Distinct().ToList();
        if (unknown.Count > 0)
        {
            throw new BadInvocationException($"unknown option {string.Join(", ", unknown)}; run ./hw3 {context.Name} --help for the options");
        }
    }
}
