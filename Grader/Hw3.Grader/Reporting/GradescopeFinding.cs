using Hw3.Grader.Grading;
using Newtonsoft.Json;

namespace Hw3.Grader.Reporting;

/// <summary>
/// <c>extra_data.items[].finding</c>: an item's <see cref="StudentFinding"/>, kept so that a report read back renders the
/// same student feedback. Gradescope shows students none of <c>extra_data</c>; staff build the reproduction line from
/// <c>call</c> and the submission's real path.
/// </summary>
public sealed class GradescopeFinding
{
    [JsonProperty("call", Order = 1, NullValueHandling = NullValueHandling.Ignore)] public string? Call { get; init; }
    [JsonProperty("outcome", Order = 2, NullValueHandling = NullValueHandling.Ignore)] public string? Outcome { get; init; }
    [JsonProperty("known_mistake", Order = 3, NullValueHandling = NullValueHandling.Ignore)] public string? KnownMistake { get; init; }
    [JsonProperty("property", Order = 4, NullValueHandling = NullValueHandling.Ignore)] public string? Property { get; init; }

    public static GradescopeFinding? From(StudentFinding? finding) => finding is null
        ? null
        : new GradescopeFinding { Call = finding.Call, Outcome = finding.Outcome, KnownMistake = finding.KnownMistake, Property = finding.Property };

    public StudentFinding ToModel() => new(Call, Outcome, KnownMistake, Property);
}
