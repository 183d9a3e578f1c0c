using Newtonsoft.Json;

namespace Hw3.Grader.Batch;

/// <summary>One student of a Gradescope group submission: each gets a gradebook row of their own.</summary>
public sealed record GroupMember(
    [property: JsonProperty("id")] string Id,
    [property: JsonProperty("name")] string Name,
    [property: JsonProperty("email")] string Email);
