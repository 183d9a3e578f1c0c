using Hw3.Grader.Compilation;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Tests.Compilation;

public sealed class CompileFailureMessagesTests
{
    private static CompileDiagnostic Error(int line) => new("Hw3.cs", line, 5, "CS1002", CompileSeverity.Error, "; expected");

    [Fact]
    public void An_error_message_counts_the_errors_and_quotes_the_first()
    {
        var diagnostics = new[] { new CompileDiagnostic("Hw3.cs", 1, 1, "CS0168", CompileSeverity.Warning, "unused"), Error(12), Error(20) };

        CompileFailureMessages.Errors("Hw3.cs", diagnostics)
            .Should().Be("Hw3.cs did not compile: 2 errors (first: Hw3.cs:12:5: error CS1002: ; expected)");
        CompileFailureMessages.Errors("Hw3.cs", [Error(3)])
            .Should().Be("Hw3.cs did not compile: 1 error (first: Hw3.cs:3:5: error CS1002: ; expected)");
    }

    [Theory]
    [InlineData(43_934_515L, "41.9 MB")]
    [InlineData(1024L * 1024L, "1 MB")]
    [InlineData(2048L, "2 KB")]
    [InlineData(1500L, "1.5 KB")]
    [InlineData(100L, "100 bytes")]
    [InlineData(1L, "1 byte")]
    public void Sizes_read_in_binary_multiples_with_at_most_one_decimal(long bytes, string expected) =>
        CompileFailureMessages.Size(bytes).Should().Be(expected);

    [Fact]
    public void Limit_and_timeout_messages_are_plain_sentences()
    {
        CompileFailureMessages.SourceTooLarge(43_934_515L, 1024 * 1024).Should().Be("the submission's source is 41.9 MB; the limit is 1 MB");
        CompileFailureMessages.TimedOut(TimeSpan.FromSeconds(30)).Should().Be("compilation did not finish within 30 s");
        CompileFailureMessages.TimedOut(TimeSpan.FromMilliseconds(1500)).Should().Be("compilation did not finish within 1.5 s");
    }

    [Fact]
    public void The_subject_is_the_single_files_name_without_any_directory()
    {
        CompileFailureMessages.Subject([new SourceFile("/home/student/Hw3.cs", "")]).Should().Be("Hw3.cs");
        CompileFailureMessages.Subject([new SourceFile("a.cs", ""), new SourceFile("b.cs", "")]).Should().Be("the submission");
    }

    [Fact]
    public void Options_that_make_no_sense_are_refused()
    {
        var invalid = () => new CompileWorkerPool(new CompileWorkerOptions { Workers = 0 });

        invalid.Should().Throw<ArgumentOutOfRangeException>();
    }
}
