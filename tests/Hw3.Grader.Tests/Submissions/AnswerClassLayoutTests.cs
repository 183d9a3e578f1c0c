using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Submissions.Layout;

namespace Hw3.Grader.Tests.Submissions;

public sealed class AnswerClassLayoutTests
{
    private static readonly string Template = File.ReadAllText(Path.Combine(Repository.Root, "Submissions", "template", "Hw3.cs"));

    [Fact]
    public void The_template_has_no_layout_problem()
    {
        AnswerClassLayout.Problems([new SourceFile("Hw3.cs", Template)]).Should().BeEmpty();
    }

    [Fact]
    public void A_downloaded_copy_beside_the_file_is_said_once_with_the_file_and_line_of_every_declaration()
    {
        var problems = AnswerClassLayout.Problems([new SourceFile("Hw3.cs", Template), new SourceFile("Hw3 (1).cs", Template)]);

        var line = Template.Split('\n').TakeWhile(l => !l.Contains("class Q1", StringComparison.Ordinal)).Count() + 1;
        problems.Should().ContainSingle().Which.Should()
            .StartWith("Q1, Q2, Q3, Q4, Q5 and Q6 are declared in more than one file: Hw3 (1).cs (Q1 line ")
            .And.Contain($"Hw3.cs (Q1 line {line}, Q2 line ")
            .And.EndWith("Keep one of the files (a downloaded copy such as \"Hw3 (1).cs\" declares everything again).");
    }

    [Fact]
    public void Partial_classes_split_over_files_are_not_declared_twice()
    {
        var files = new[]
        {
            new SourceFile("A.cs", Template.Replace("public static class Q1", "public static partial class Q1", StringComparison.Ordinal)),
            new SourceFile("B.cs", "public static partial class Q1 { }"),
        };

        AnswerClassLayout.Problems(files).Should().BeEmpty();
    }

    [Fact]
    public void A_class_inside_a_namespace_is_named_with_its_file_and_line()
    {
        var wrapped = "namespace Homework\n{\n" + Template + "\n}\n";

        var problems = AnswerClassLayout.Problems([new SourceFile("Hw3.cs", wrapped)]);

        problems.Should().HaveCount(6).And.Contain(p => p.StartsWith("Q1 is declared inside namespace Homework (Hw3.cs line ", StringComparison.Ordinal)
                                                         && p.EndsWith("remove the namespace (or the enclosing class) around it.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_class_is_named()
    {
        var files = new[] { new SourceFile("Hw3.cs", "public static class Q1 { } public static class Q2 { } public static class Q3 { } public static class Q4 { } public static class Q5 { }") };

        AnswerClassLayout.Problems(files).Should().Equal("Q6 is not declared in any file. Keep every class of the template (Q1 … Q6), even one you have not answered yet.");
    }

    [Fact]
    public void A_file_that_does_not_parse_is_still_read()
    {
        var broken = Template.Replace("public static class Q6", "public static class Q6 {{{ int", StringComparison.Ordinal);

        AnswerClassLayout.Problems([new SourceFile("Hw3.cs", broken)]).Should().NotContain(p => p.StartsWith("Q6 is not declared", StringComparison.Ordinal));
    }
}
