using Hw3.Grader.Batch;

namespace Hw3.Grader.Tests.Batch;

public sealed class EntryDiscoveryTests
{
    [Fact]
    public void Every_folder_and_source_file_is_one_entry_and_other_files_are_not()
    {
        using var folder = new TempFolder();
        folder.Write("alice/Hw3.cs", "// a");
        folder.Write("bob.cs", "// b");
        folder.Write("carol.csx", "// c");
        folder.Write("README.md", "not a submission");
        folder.Write(".hidden/Hw3.cs", "// hidden");
        folder.Write("graded/alice/results.json", "{}");

        var found = EntryDiscovery.Discover(folder.Path, Path.Combine(folder.Path, "graded"));

        var entries = Entries(found);
        entries.Select(e => e.Key).Should().Equal("alice", "bob", "carol");
        entries.Single(e => e.Key == "bob").Path.Should().EndWith("bob.cs");
        entries.Should().OnlyContain(e => e.StudentId == e.Key && e.StudentName == e.Key && e.Email == "");
    }

    [Fact]
    public void A_file_and_a_folder_with_the_same_stem_keep_apart()
    {
        using var folder = new TempFolder();
        folder.Write("alice/Hw3.cs", "// a");
        folder.Write("alice.cs", "// b");

        var found = EntryDiscovery.Discover(folder.Path, null);

        Entries(found).Select(e => e.Key).Should().Equal("alice", "alice.cs");
    }

    [Fact]
    public void A_gradescope_export_takes_names_emails_and_ids_from_its_metadata()
    {
        using var folder = new TempFolder();
        folder.Write("submission_1001/Hw3.cs", "// a");
        folder.Write("submission_1002/Hw3.cs", "// b");
        folder.Write("submission_1003/Hw3.cs", "// c, not in the metadata");
        folder.Write(GradescopeMetadata.FileName, """
            submission_1001:
              :submitters:
              - :name: Ada Lovelace
                :sid: '3031234'
                :email: ada@example.edu
              :created_at: 2025-10-01 12:00:00.000000000 -07:00
              :score: 0.0
            submission_1002:
              :submitters:
              - :name: Alan Turing
                :sid: '3035678'
                :email: alan@example.edu
              - :name: Grace Hopper
                :sid: '3039999'
                :email: grace@example.edu
              :created_at: 2025-10-02 08:30:00.000000000 -07:00
              :score: 0.0
            """);

        var found = EntryDiscovery.Discover(folder.Path, null);

        var entries = Entries(found);
        entries.Should().HaveCount(3);
        entries[0].Should().Be(new BatchEntry("submission_1001", Path.Combine(folder.Path, "submission_1001"), "3031234", "Ada Lovelace", "ada@example.edu"));
        entries[1].StudentName.Should().Be("Alan Turing; Grace Hopper");
        entries[1].StudentId.Should().Be("3035678; 3039999");
        entries[1].Email.Should().Be("alan@example.edu; grace@example.edu");
        entries[1].Members.Should().Equal(
            new GroupMember("3035678", "Alan Turing", "alan@example.edu"),
            new GroupMember("3039999", "Grace Hopper", "grace@example.edu"));
        entries[0].Members.Should().BeEmpty("one student is no group");
        entries[2].StudentId.Should().Be("submission_1003", "a folder the metadata does not name keeps its folder name");
    }

    [Fact]
    public void Unreadable_metadata_is_refused_with_a_reason()
    {
        using var folder = new TempFolder();
        folder.Write(GradescopeMetadata.FileName, "submission_1: [unclosed");

        var found = EntryDiscovery.Discover(folder.Path, null);

        Refusal(found).Should().Contain(GradescopeMetadata.FileName);
    }

    [Fact]
    public void A_zip_at_the_top_and_a_folder_holding_only_a_zip_are_zipped_students()
    {
        using var folder = new TempFolder();
        folder.Write("alice/Hw3.cs", "// a");
        folder.Write("dave.zip", "PK");
        folder.Write("fay/submission.zip", "PK");

        var found = EntryDiscovery.Discover(folder.Path, null);

        Entries(found).Select(e => e.Key).Should().Equal("alice", "dave", "fay");
        Entries(found).Select(e => e.Zipped).Should().Equal(false, true, true);
        found.Notes.Should().BeEmpty("unpacking them says what happened");
    }

    [Fact]
    public void A_class_of_zips_only_is_not_refused()
    {
        using var folder = new TempFolder();
        folder.Write("dave.zip", "PK");

        var found = EntryDiscovery.Discover(folder.Path, null);

        Entries(found).Single().Zipped.Should().BeTrue();
    }

    [Fact]
    public void Folders_without_csharp_each_get_a_line_naming_what_they_hold()
    {
        using var folder = new TempFolder();
        folder.Write("alice/Hw3.cs", "// a");
        folder.Write("erin/hw3.py", "print(1)");
        folder.Write("fay/submission.zip", "PK");
        Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "gus"));
        folder.Write("README.md", "not a student");

        var found = EntryDiscovery.Discover(folder.Path, null);

        Entries(found).Select(e => e.Key).Should().Equal("alice", "erin", "fay", "gus");
        found.Notes.Should().Equal(
            "erin holds no .cs or .csx file (hw3.py): its row is marked no-source",
            "gus is an empty folder: its row is marked no-source",
            "not a submission, left out: README.md (a student is a folder, a .cs or .csx file, or a .zip)");
    }

    [Fact]
    public void A_folder_with_no_submission_is_refused()
    {
        using var folder = new TempFolder();
        folder.Write("notes.txt", "hello");
        Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "empty"));

        var found = EntryDiscovery.Discover(folder.Path, null);

        Refusal(found).Should().StartWith("found no submission in");
        found.Notes.Should().HaveCount(2, "what was found is still said");
    }

    [Fact]
    public void A_folder_of_classes_is_refused_as_one_level_too_high()
    {
        using var folder = new TempFolder();
        folder.Write("section1/alice/Hw3.cs", "// a");
        folder.Write("section1/bob/Hw3.cs", "// b");
        folder.Write("section2/carol/Hw3.cs", "// c");
        folder.Write("section2/dan/Hw3.cs", "// d");
        folder.Write("template/Hw3.cs", "// t");

        var found = EntryDiscovery.Discover(folder.Path, null);

        Refusal(found).Should().Contain("looks one level too high: section1, section2").And.Contain("./hw3 batch " + System.IO.Path.Combine(folder.Path, "section1"));
    }

    [Fact]
    public void A_student_who_keeps_sources_in_sub_folders_is_still_one_student()
    {
        using var folder = new TempFolder();
        folder.Write("alice/src/Q1.cs", "// a");
        folder.Write("alice/tests/Q1Tests.cs", "// a");
        folder.Write("bob/Hw3.cs", "// b");
        folder.Write("carol/Hw3.cs", "// c");

        var found = EntryDiscovery.Discover(folder.Path, null);

        Entries(found).Select(e => e.Key).Should().Equal("alice", "bob", "carol");
        found.Notes.Should().BeEmpty();
    }

    [Fact]
    public void An_unzipped_export_inside_a_folder_of_its_own_is_refused_as_one_level_too_high()
    {
        using var folder = new TempFolder();
        folder.Write("export/submission_1/Hw3.cs", "// a");
        folder.Write("export/submission_2/Hw3.cs", "// b");

        var found = EntryDiscovery.Discover(folder.Path, null);

        Refusal(found).Should().Contain("looks one level too high: export");
    }

    [Fact]
    public void In_a_class_of_two_a_student_with_src_and_tests_folders_is_not_taken_for_a_class()
    {
        using var folder = new TempFolder();
        folder.Write("alice/src/Q1.cs", "// a");
        folder.Write("alice/tests/Q1Tests.cs", "// a");
        folder.Write("bob/Hw3.cs", "// b");

        var found = EntryDiscovery.Discover(folder.Path, null);

        Entries(found).Select(e => e.Key).Should().Equal("alice", "bob");
    }

    [Theory]
    [InlineData("samples")]
    [InlineData("hostile")]
    public void The_bundled_scenario_folders_are_classes_and_not_refused(string name)
    {
        var found = EntryDiscovery.Discover(System.IO.Path.Combine(Cli.CliRun.RepositoryRoot, "Submissions", name), null);

        Entries(found).Should().NotBeEmpty();
    }

    [Fact]
    public void A_missing_folder_is_refused()
    {
        var found = EntryDiscovery.Discover(Path.Combine(Path.GetTempPath(), "hw3-no-such-" + Guid.NewGuid().ToString("N")), null);

        Refusal(found).Should().Contain("is not a folder");
    }

    private static IReadOnlyList<BatchEntry> Entries(EntryDiscoveryResult found) =>
        found.Should().BeOfType<EntryDiscoveryResult.Found>().Which.Entries;

    private static string Refusal(EntryDiscoveryResult found) =>
        found.Should().BeOfType<EntryDiscoveryResult.Refused>().Which.Error;
}
