using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hw3.Grader.Protocol.Framing;

/// <summary>The one set of JSON options both ends of every channel use.</summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        // NaN and ±∞ are legitimate (wrong) student answers; they must survive the trip.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 32,
    };
}
