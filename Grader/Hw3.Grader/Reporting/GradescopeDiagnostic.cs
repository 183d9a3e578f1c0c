using Newtonsoft.Json;

namespace Hw3.Grader.Reporting;

/// <summary>A compiler message in <c>extra_data.diagnostics</c>.</summary>
public sealed class GradescopeDiagnostic
{
    [JsonProperty("file", Order = 1)] public string File { get; init; } = "";
    [JsonProperty("line", Order = 2)] public int Line { get; init; }
    [JsonProperty("column", Order = 3)] public int Column { get; init; }
    [JsonProperty("code", Order = 4)] public string Code { get; init; } = "";
    [JsonProperty("severity", Order = 5)] public string Severity { get; init; } = "";
    [JsonProperty("message", Order = 6)] public string Message { get; init; } = "";
}
