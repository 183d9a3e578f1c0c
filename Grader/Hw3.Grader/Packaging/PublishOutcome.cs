namespace Hw3.Grader.Packaging;

/// <summary>How a <c>dotnet publish</c> ended: the folder it wrote, or a plain message with the end of the tool's output.</summary>
public sealed record PublishOutcome(bool Succeeded, string Folder, string Message);
