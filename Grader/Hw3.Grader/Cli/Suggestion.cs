using Quickenshtein;

namespace Hw3.Grader.Cli;

/// <summary>The did-you-mean of the command line: the known name closest to what was typed, if it is close.</summary>
public static class Suggestion
{
    /// <summary>At most this many edits (a swapped pair of letters is two): further away is a different word, not a typo.</summary>
    public const int MaxDistance = 2;

    public static string? Closest(string typed, IEnumerable<string> known) =>
        known
            .Select(name => (Name: name, Distance: Levenshtein.GetDistance(typed.ToLowerInvariant(), name.ToLowerInvariant())))
            .Where(c => c.Distance <= MaxDistance && c.Distance < Math.Max(typed.Length, c.Name.Length))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
}
