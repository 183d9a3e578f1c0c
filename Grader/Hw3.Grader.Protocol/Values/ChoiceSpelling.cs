using System.Text;

namespace Hw3.Grader.Protocol.Values;

/// <summary>
/// How a choice answer is compared, whatever its spelling: lower case, arrows as "to", letters and digits only. The
/// grader's choice check and the student kit's both read it here, so the kit accepts exactly what grading accepts.
/// </summary>
public static class ChoiceSpelling
{
    public static string Normalise(string text)
    {
        var arrowsAsWords = text.ToLowerInvariant()
            .Replace("->", " to ", StringComparison.Ordinal)
            .Replace("→", " to ", StringComparison.Ordinal)
            .Replace("=>", " to ", StringComparison.Ordinal);
        var builder = new StringBuilder();
        foreach (var c in arrowsAsWords.Where(char.IsLetterOrDigit))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }
}
