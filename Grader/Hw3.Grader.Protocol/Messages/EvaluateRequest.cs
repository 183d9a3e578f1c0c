namespace Hw3.Grader.Protocol.Messages;

/// <summary>Grader → runner: run the loaded <c>./hw3 eval</c> script and return its value.</summary>
public sealed record EvaluateRequest(
    int Id) : Message;
