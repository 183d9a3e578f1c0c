using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;

namespace Hw3.Grader.References.Precomputed;

/// <summary>
/// The first line of a precomputed reference file: what it was made for (the rubric's SHA-256, the grader build) and
/// the seal, a SHA-256 over those fields and every byte of the entries that follow.
/// </summary>
public sealed record ReferenceFileHeader(
    [property: JsonProperty("format", Required = Required.Always)] string Format,
    [property: JsonProperty("rubric_sha256", Required = Required.Always)] string RubricSha256,
    [property: JsonProperty("grader_build", Required = Required.Always)] string GraderBuild,
    [property: JsonProperty("grader_version", Required = Required.Always)] string GraderVersion,
    [property: JsonProperty("entries", Required = Required.Always)] int Entries,
    [property: JsonProperty("seal", Required = Required.Always)] string Seal)
{
    public const string CurrentFormat = "hw3-references/1";

    /// <summary>The seal of these fields over <paramref name="body"/>: what <see cref="Seal"/> must equal.</summary>
    public string SealOver(ReadOnlySpan<byte> body)
    {
        var fields = Encoding.UTF8.GetBytes(string.Join('\n', Format, RubricSha256, GraderBuild, GraderVersion, Entries.ToString(CultureInfo.InvariantCulture), ""));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(fields);
        hash.AppendData(body);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
