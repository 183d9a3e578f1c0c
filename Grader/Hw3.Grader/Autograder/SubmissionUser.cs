namespace Hw3.Grader.Autograder;

/// <summary>One student of a submission (a group submission lists several).</summary>
public sealed record SubmissionUser(string? Id, string? Name, string? Email);
