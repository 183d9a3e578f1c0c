using System.Globalization;
using Hw3.Grader.Compilation;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Tests.Compilation;

/// <summary>A tiny valid submission, <c>Q5.Answer()</c>, whose answer tells compilations apart.</summary>
internal static class AnswerSource
{
    public static SourceFile File(int answer) =>
        new("Hw3.cs", $"public static class Q5 {{ public static int Answer() => {answer.ToString(CultureInfo.InvariantCulture)}; }}");

    /// <summary>Compiles <see cref="File"/> and checks the assembly answers <paramref name="answer"/>.</summary>
    public static async Task ShouldAnswer(ISubmissionCompiler compiler, int answer)
    {
        var outcome = await compiler.CompileAsync([File(answer)], CancellationToken.None);
        AssemblyProbe.Call(outcome.Should().BeOfType<CompileSucceeded>().Which.Assembly, "Q5", "Answer").Should().Be(answer);
    }
}
