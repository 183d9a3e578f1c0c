using Hw3.Grader.Protocol.Limits;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Checks.Kinds.Choice;

/// <summary>
/// A choice among named options, compared after normalisation: case, spaces, hyphens, underscores and
/// arrows do not matter ("RMS->RMS", "rms to rms" and "RMS-to-RMS" are one choice), and each option may
/// list further accepted spellings.
/// </summary>
public sealed class ChoiceComparer(IReadOnlyDictionary<string, IReadOnlyList<string>> choices) : IAnswerComparer
{
    public string? Mismatch(WireValue actual, WireValue expected)
    {
        if (actual.Kind != WireKind.String)
        {
            return $"returned {actual}; expected one of the choices {ChoiceList}";
        }

        var chosen = Resolve(actual.Text!);
        if (chosen is null)
        {
            return $"answered \"{Quoted(actual.Text!)}\", which is not one of the choices {ChoiceList}";
        }

        return chosen == Resolve(expected.Text!) ? null : $"answered \"{Quoted(actual.Text!)}\", which is not the right choice";
    }

    private string ChoiceList => "(" + string.Join(", ", choices.Keys) + ")";

    /// <summary>The canonical choice a spelling stands for, or null.</summary>
    public string? Resolve(string text)
    {
        var key = ChoiceSpelling.Normalise(text);
        return choices.FirstOrDefault(c => ChoiceSpelling.Normalise(c.Key) == key || c.Value.Any(alias => ChoiceSpelling.Normalise(alias) == key)).Key;
    }


    private static string Quoted(string answer) => AnswerLimits.Cut(answer, AnswerLimits.MaxQuotedChars);
}
