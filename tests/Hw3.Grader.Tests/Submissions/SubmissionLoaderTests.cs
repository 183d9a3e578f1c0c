using System.Text;
using Hw3.Grader.Submissions;

namespace Hw3.Grader.Tests.Submissions;

public sealed class SubmissionLoaderTests : IDisposable
{
    private const string Q1 = "public static class Q1 { public static double InitScale(int d1, int d2) => 1 / System.Math.Sqrt(d1); }\n";
    private const string Q5 = "public static class Q5 { public static int LoadMemOps(int layers, int checkpointEvery) => layers; }\n";

    private readonly TemporaryFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static SubmissionSource Loaded(string path)
    {
        return SubmissionLoader.Load(path).Should().BeOfType<SubmissionLoadResult.Loaded>().Which.Source;
    }

    [Fact]
    public void A_single_cs_file_is_a_submission_named_after_the_file()
    {
        var source = Loaded(_temp.Write("Hw3.cs", Q1));

        source.Name.Should().Be("Hw3.cs");
        source.Files.Should().ContainSingle().Which.Should().Be(new Hw3.Grader.Protocol.Messages.SourceFile("Hw3.cs", Q1));
        source.Ignored.Should().BeEmpty();
        source.Problems.Should().BeEmpty();
        source.IsScript.Should().BeFalse();
        source.Sha256.Should().MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    public void A_single_csx_file_is_a_script_submission()
    {
        var source = Loaded(_temp.Write("answers.csx", "static double Answer() => 1;\n"));

        source.Files.Should().ContainSingle().Which.Name.Should().Be("answers.csx");
        source.IsScript.Should().BeTrue();
    }

    [Fact]
    public void A_folder_compiles_all_its_source_files_and_lists_the_others_as_ignored()
    {
        _temp.Write("student/Q5.cs", Q5);
        _temp.Write("student/Q1.cs", Q1);
        _temp.Write("student/notes.txt", "I worked alone.");

        var source = Loaded(_temp.PathOf("student"));

        source.Name.Should().Be("student");
        source.Files.Select(f => f.Name).Should().Equal("Q1.cs", "Q5.cs");
        source.Files.Select(f => f.Text).Should().Equal(Q1, Q5);
        source.Ignored.Should().Equal("notes.txt");
        source.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Nested_folders_are_read_with_forward_slash_relative_names()
    {
        _temp.Write("student/src/Q1/Scale.cs", Q1);
        _temp.Write("student/src/Q5/Ops.CS", Q5);
        _temp.Write("student/docs/readme.md", "# Hw3");

        var source = Loaded(_temp.PathOf("student"));

        source.Files.Select(f => f.Name).Should().Equal("src/Q1/Scale.cs", "src/Q5/Ops.CS");
        source.Ignored.Should().Equal("docs/readme.md");
    }

    [Fact]
    public void Build_output_and_tool_folders_are_skipped()
    {
        _temp.Write("student/Hw3.cs", Q1);
        _temp.Write("student/bin/Debug/Generated.cs", "this is not C#");
        _temp.Write("student/obj/AssemblyInfo.cs", "this is not C# either");
        _temp.Write("student/.git/hooks/pre-commit.cs", "nor this");
        _temp.Write("student/OBJ/Upper.cs", "nor this");

        var source = Loaded(_temp.PathOf("student"));

        source.Files.Select(f => f.Name).Should().Equal("Hw3.cs");
        source.Ignored.Should().BeEmpty();
        source.Problems.Should().BeEmpty();
    }

    [Fact]
    public void A_missing_path_is_an_error_that_names_the_path()
    {
        var path = _temp.PathOf("no-such-submission");

        var result = SubmissionLoader.Load(path);

        result.Should().BeOfType<SubmissionLoadResult.Invalid>().Which.Error.Should().Contain(path).And.Contain("does not exist");
    }

    [Fact]
    public void A_file_that_is_not_source_is_not_a_submission()
    {
        var result = SubmissionLoader.Load(_temp.Write("Hw3.txt", Q1));

        result.Should().BeOfType<SubmissionLoadResult.Invalid>().Which.Error.Should().Contain("Hw3.txt").And.Contain("not a submission").And.Contain(".cs");
    }

    [Fact]
    public void A_binary_file_named_hw3_cs_is_refused_as_not_text()
    {
        var source = Loaded(_temp.Write("student/Hw3.cs", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]));

        source.Files.Should().BeEmpty();
        source.Problems.Should().ContainSingle().Which.Should().Contain("Hw3.cs").And.Contain("not a text file");
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_with_advice()
    {
        var latin1 = Encoding.Latin1.GetBytes("// Grüße\npublic static class Q1 { }\n");

        var source = Loaded(_temp.Write("Hw3.cs", latin1));

        source.Files.Should().BeEmpty();
        source.Problems.Should().ContainSingle().Which.Should().Contain("Hw3.cs is not UTF-8 text").And.Contain("save it as UTF-8");
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_not_part_of_the_source_text()
    {
        var source = Loaded(_temp.Write("Hw3.cs", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Q1)).ToArray()));

        source.Files.Single().Text.Should().Be(Q1);
    }

    [Fact]
    public void A_symbolic_link_named_hw3_cs_is_not_followed_and_is_listed_as_a_problem()
    {
        var outside = _temp.Write("elsewhere/secret.cs", "public static class Secret { }\n");
        var folder = _temp.Folder("student");
        _temp.Write("student/Q5.cs", Q5);
        File.CreateSymbolicLink(Path.Combine(folder, "Hw3.cs"), outside);

        var source = Loaded(folder);

        source.Files.Select(f => f.Name).Should().Equal("Q5.cs");
        source.Files.Should().NotContain(f => f.Text.Contains("Secret", StringComparison.Ordinal));
        source.Problems.Should().ContainSingle().Which.Should().Contain("Hw3.cs is a symbolic link").And.Contain("not followed");
    }

    [Fact]
    public void A_symbolic_link_given_as_the_submission_is_not_followed()
    {
        var outside = _temp.Write("elsewhere/secret.cs", "public static class Secret { }\n");
        var link = _temp.PathOf("Hw3.cs");
        File.CreateSymbolicLink(link, outside);

        var source = Loaded(link);

        source.Files.Should().BeEmpty();
        source.Problems.Should().ContainSingle().Which.Should().Contain("symbolic link");
    }

    [Theory]
    [InlineData("fifo", "a named pipe (FIFO)")]
    [InlineData("zero-device", "a character device")]
    [InlineData("socket", "a socket")]
    public async Task A_special_file_named_like_source_is_never_read_and_is_named_with_what_was_expected(string kind, string words)
    {
        var folder = _temp.Folder("student");
        _temp.Write("student/Q5.cs", Q5);
        SpecialFiles.Create(kind, Path.Combine(folder, "Extra.cs"));

        // Judged by its kind, never by reading it: a read would block (pipe) or never end (device).
        var source = await Task.Run(() => Loaded(folder)).WaitAsync(TimeSpan.FromSeconds(10));
        source.Files.Select(f => f.Name).Should().Equal("Q5.cs");
        source.Problems.Should().ContainSingle().Which.Should()
            .Be($"Extra.cs is {words}, not a regular file, so it was not read (expected a regular .cs or .csx file)");
    }

    [Fact]
    public async Task A_named_pipe_given_as_the_submission_is_refused_without_waiting_for_a_writer()
    {
        var pipe = _temp.PathOf("Hw3.cs");
        SpecialFiles.Create("fifo", pipe);

        var source = await Task.Run(() => Loaded(pipe)).WaitAsync(TimeSpan.FromSeconds(10));

        source.Files.Should().BeEmpty();
        source.Problems.Should().ContainSingle().Which.Should().StartWith("Hw3.cs is a named pipe (FIFO), not a regular file");
    }

    [Fact]
    public void A_file_over_the_read_cap_is_refused_by_its_size_without_being_read()
    {
        var path = _temp.PathOf("Hw3.cs");
        using (var file = File.Create(path))
        {
            file.SetLength(SubmissionLoader.MaxReadBytesPerFile + 1);
        }

        var source = Loaded(path);

        source.Files.Should().BeEmpty();
        source.Problems.Should().ContainSingle().Which.Should().Be("Hw3.cs is 64.0 MB; a source file over 64.0 MB is not read");
    }

    [Fact]
    public void A_symbolic_link_to_a_folder_is_not_followed()
    {
        _temp.Write("elsewhere/Secret.cs", "public static class Secret { }\n");
        var folder = _temp.Folder("student");
        _temp.Write("student/Hw3.cs", Q1);
        Directory.CreateSymbolicLink(Path.Combine(folder, "lib"), _temp.PathOf("elsewhere"));

        var source = Loaded(folder);

        source.Files.Select(f => f.Name).Should().Equal("Hw3.cs");
        source.Problems.Should().ContainSingle().Which.Should().Contain("lib/").And.Contain("symbolic link");
    }

    [Fact]
    public void An_empty_folder_loads_with_the_problem_that_it_holds_no_source()
    {
        var source = Loaded(_temp.Folder("empty"));

        source.Files.Should().BeEmpty();
        source.Problems.Should().Equal("the submission holds no .cs or .csx file");
    }

    [Fact]
    public void A_folder_of_only_other_files_lists_them_and_holds_no_source()
    {
        _temp.Write("student/answers.pdf", "%PDF-1.4");

        var source = Loaded(_temp.PathOf("student"));

        source.Files.Should().BeEmpty();
        source.Ignored.Should().Equal("answers.pdf");
        source.Problems.Should().Equal("the submission holds no .cs or .csx file");
    }

    [Fact]
    public void The_same_files_hash_the_same_wherever_they_are()
    {
        _temp.Write("a/Q1.cs", Q1);
        _temp.Write("a/sub/Q5.cs", Q5);
        _temp.Write("a/notes.txt", "one note");
        _temp.Write("b/Q1.cs", Q1);
        _temp.Write("b/sub/Q5.cs", Q5);
        _temp.Write("b/notes.txt", "another note");

        var first = Loaded(_temp.PathOf("a")).Sha256;

        Loaded(_temp.PathOf("a")).Sha256.Should().Be(first);
        Loaded(_temp.PathOf("b")).Sha256.Should().Be(first, "only source files are hashed, by relative name and bytes");
    }

    [Fact]
    public void One_changed_byte_changes_the_hash()
    {
        _temp.Write("a/Q1.cs", Q1);
        _temp.Write("b/Q1.cs", Q1.Replace("d1)", "d2)", StringComparison.Ordinal));

        Loaded(_temp.PathOf("a")).Sha256.Should().NotBe(Loaded(_temp.PathOf("b")).Sha256);
    }

    [Fact]
    public void A_renamed_file_changes_the_hash()
    {
        _temp.Write("a/Q1.cs", Q1);
        _temp.Write("b/Q1b.cs", Q1);

        Loaded(_temp.PathOf("a")).Sha256.Should().NotBe(Loaded(_temp.PathOf("b")).Sha256);
    }

    [Fact]
    public void Moving_text_between_files_changes_the_hash()
    {
        _temp.Write("a/A.cs", "ab");
        _temp.Write("a/B.cs", "c");
        _temp.Write("b/A.cs", "a");
        _temp.Write("b/B.cs", "bc");

        Loaded(_temp.PathOf("a")).Sha256.Should().NotBe(Loaded(_temp.PathOf("b")).Sha256);
    }

    [Fact]
    public void A_single_file_hashes_the_same_on_every_load()
    {
        var path = _temp.Write("Hw3.cs", Q1);

        Loaded(path).Sha256.Should().Be(Loaded(path).Sha256);
        Loaded(path).Sha256.Should().Be(Loaded(_temp.Write("again/Hw3.cs", Q1)).Sha256);
    }
}
