using Hw3.ReferenceSolutions.Q1;
using Hw3.ReferenceSolutions.Q5;

namespace Hw3.ReferenceSolutions.Tests.Samples;

public sealed class SampleCompilationTests
{
    private const string CompileErrorFile = "Hw3.cs";

    /// <summary>The two mistakes planted in the compile-error sample, each identified by the text of its line.</summary>
    private const string MissingSemicolonLine = "return n + n * (n - 1) * 2.0 / Math.PI";
    private const string TypeErrorLine = "int checkpoint = Math.Floor((double)i / checkpointEvery) * checkpointEvery;";

    public static TheoryData<string> CompilingScenarios() =>
        ["perfect", "template", "partial", "common-mistakes", "missing-member", "wrong-signature", "nan-answers", "multi-file"];

    [Theory]
    [MemberData(nameof(CompilingScenarios))]
    public void Sample_compiles_against_the_reference_assemblies_and_MathNet(string scenario)
    {
        var outcome = SubmissionCompiler.CompileFiles(SampleSources.CSharpFiles(scenario));
        outcome.Succeeded.Should().BeTrue(outcome.Describe());
    }

    [Fact]
    public void Multi_file_sample_splits_the_answer_classes_over_four_files_and_answers_like_the_reference()
    {
        var files = SampleSources.CSharpFiles("multi-file");
        files.Select(Path.GetFileName).Should().BeEquivalentTo(["Q1.cs", "Q2Q3.cs", "Q4.cs", "Q5Q6.cs"]);

        using var submission = new LoadedSubmission(SubmissionCompiler.CompileFiles(files));
        AnswersLikeTheReference(submission);
    }

    [Fact]
    public void Script_sample_compiles_as_a_script_and_answers_like_the_reference()
    {
        var outcome = SubmissionCompiler.CompileScript(Path.Combine(SampleSources.SampleFolder("csx-script"), "Hw3.csx"));
        outcome.Succeeded.Should().BeTrue(outcome.Describe());

        using var submission = new LoadedSubmission(outcome);
        submission.AnswerType("Q1").DeclaringType.Should().NotBeNull("script classes nest inside the script class");
        AnswersLikeTheReference(submission);
    }

    [Fact]
    public void Compile_error_sample_fails_on_exactly_its_missing_semicolon_and_its_type_error()
    {
        var path = Path.Combine(SampleSources.SampleFolder("compile-error"), CompileErrorFile);
        var outcome = SubmissionCompiler.CompileFiles([path]);

        outcome.Succeeded.Should().BeFalse();
        outcome.ErrorLines(CompileErrorFile).Should().Equal(LineOf(path, MissingSemicolonLine), LineOf(path, TypeErrorLine));
        outcome.Errors.Select(e => e.Id).Should().BeEquivalentTo(["CS1002", "CS0266"], "a missing ';' and a double assigned to an int");
    }

    private static void AnswersLikeTheReference(LoadedSubmission submission)
    {
        foreach (var (d1, d2) in new[] { (1, 3), (64, 1024) })
        {
            var expected = Q1Reference.ExpectedSignUpdateRmsSquared(d1, d2);
            submission.Get<double>("Q1.ExpectedSignUpdateRmsSquared", d1, d2)
                .Should().BeApproximately(expected, ClosedFormTolerance.For(expected));
        }

        foreach (var (layers, every) in new[] { (10, 5), (12, 4), (10, 3), (7, 9) })
        {
            submission.Get<int>("Q5.ForwardOps", layers, every).Should().Be(Q5Reference.ForwardOps(layers, every));
            submission.Get<int>("Q5.LoadMemOps", layers, every).Should().Be(Q5Reference.LoadMemOps(layers, every));
        }
    }

    private static int LineOf(string path, string text)
    {
        var lines = File.ReadAllLines(path);
        var matches = Enumerable.Range(0, lines.Length).Where(i => lines[i].Trim() == text).ToArray();
        matches.Should().ContainSingle($"the sample should hold the line '{text}' exactly once");
        return matches[0] + 1;
    }
}
