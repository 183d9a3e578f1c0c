namespace Hw3.Grader.References.Precomputed;

/// <summary>
/// What a precomputed reference file must have been made for to be used: the rubric (its SHA-256) and the grader
/// build that computes the references (<c>GraderInfo.Build</c>; the version is written for people to read).
/// </summary>
public sealed record ReferenceFileTarget(string RubricSha256, string GraderBuild, string GraderVersion);
