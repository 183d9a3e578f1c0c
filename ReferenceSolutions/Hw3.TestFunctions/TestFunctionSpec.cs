using System.Text.Json.Serialization;

namespace Hw3.TestFunctions;

/// <summary>
/// Names one member of the Q4 test-function family and its parameters, so that a grader can ask a
/// runner to build the same f (and ∇f) in its own process. Plain data: it crosses process boundaries.
/// </summary>
public sealed record TestFunctionSpec(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("parameters")] double[] Parameters);
