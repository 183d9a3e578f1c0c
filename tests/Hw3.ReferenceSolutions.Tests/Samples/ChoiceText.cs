namespace Hw3.ReferenceSolutions.Tests.Samples;

/// <summary>Choice answers compare ignoring case, spaces and hyphens, as the template promises students.</summary>
internal static class ChoiceText
{
    public static string Normalise(string choice) =>
        new(choice.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToLowerInvariant).ToArray());

    public static bool Same(string left, string right) => Normalise(left) == Normalise(right);
}
