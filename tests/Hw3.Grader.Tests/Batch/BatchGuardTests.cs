using Hw3.Grader.Grading;
using Hw3.Grader.Batch;
using Hw3.Grader.Compilation;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Tests.Rubrics;

namespace Hw3.Grader.Tests.Batch;

/// <summary>Whatever goes wrong for one student (reading, grading, writing) costs that student, never the batch.</summary>
public sealed class BatchGuardTests
{
    [Fact]
    public async Task A_student_whose_report_cannot_be_written_gets_a_grader_error_and_the_others_are_graded()
    {
        using var folder = new TempFolder();
        var alice = folder.Write("class/alice.cs", "class A {}");
        var bob = folder.Write("class/bob.cs", "class B {}");
        var store = new ReportStore(Path.Combine(folder.Path, "graded"));
        // A folder where alice's record.json must go: writing it fails after she was graded.
        Directory.CreateDirectory(store.RecordPath("alice"));

        var outcome = await Run(store, new BatchEntry("alice", alice, "alice", "alice", ""), new BatchEntry("bob", bob, "bob", "bob", ""));

        outcome.Records[0].Status.Should().Be(SubmissionStatus.GraderError);
        outcome.Records[0].Message.Should().StartWith("the grader could not grade this submission (");
        outcome.Records[1].Status.Should().Be(SubmissionStatus.CompileError);
        File.Exists(store.ResultsPath("bob")).Should().BeTrue();
    }

    [Fact]
    public async Task A_named_pipe_as_a_students_submission_is_refused_in_a_note_and_the_others_are_graded()
    {
        using var folder = new TempFolder();
        var pipe = Path.Combine(folder.Path, "class", "alice.cs");
        Directory.CreateDirectory(Path.GetDirectoryName(pipe)!);
        SpecialFiles.Create("fifo", pipe);
        var bob = folder.Write("class/bob.cs", "class B {}");
        var store = new ReportStore(Path.Combine(folder.Path, "graded"));

        var outcome = await Run(store, new BatchEntry("alice", pipe, "alice", "alice", ""), new BatchEntry("bob", bob, "bob", "bob", ""))
            .WaitAsync(TimeSpan.FromSeconds(30));

        outcome.Records[0].Message.Should().Contain("alice.cs is a named pipe (FIFO), not a regular file");
        outcome.Records[1].Status.Should().Be(SubmissionStatus.CompileError);
    }

    private static Task<BatchOutcome> Run(ReportStore store, params BatchEntry[] entries) =>
        new BatchGrader(RealRubric.Session, null, new RefusingCompiler(), new NoRunners(), store, new BatchOptions(1, Force: true, []))
            .RunAsync(entries, null, CancellationToken.None);

    /// <summary>Every submission fails to compile, so no runner is needed.</summary>
    private sealed class RefusingCompiler : ISubmissionCompiler
    {
        public Task<CompileOutcome> CompileAsync(IReadOnlyList<SourceFile> files, CancellationToken cancellationToken) =>
            Task.FromResult<CompileOutcome>(new CompileFailed(CompileFailureKind.Errors, "Hw3.cs did not compile", []));

        public Task<CompileOutcome> CompileExpressionAsync(string expression, IReadOnlyList<SourceFile> submissionFiles, byte[] submissionAssembly, CancellationToken cancellationToken) =>
            throw new NotSupportedException("a batch compiles no expression");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class NoRunners : IRunnerFactory
    {
        public IRunnerSession Open(IReadOnlyList<byte[]> assemblies) => throw new NotSupportedException("nothing compiles, so nothing runs");
    }
}
