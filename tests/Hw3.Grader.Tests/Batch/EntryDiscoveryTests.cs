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

        var (entries, error) = EntryDiscovery.Discover(folder.Path, Path.Combine(folder.Path, "graded"));

        error.Should().BeNull();
        entries!.Select(e => e.Key).Should().Equal("alice", "bob", "carol");
        entries!.Single(e => e.Key == "bob").Path.Should().EndWith("bob.cs");
        entries!.Should().OnlyContain(e => e.StudentId == e.Key && e.StudentName == e.Key && e.Email == "");
    }

    [Fact]
    public void A_file_and_a_folder_with_the_same_stem_keep_apart()
    {
        using var folder = new TempFolder();
        folder.Write("alice/Hw3.cs", "// a");
        folder.Write("alice.cs", "// b");

        var (entries, _) = EntryDiscovery.Discover(folder.Path, null);

        entries!.Select(e => e.Key).Should().Equal("alice", "alice.cs");
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

        var (entries, error) = EntryDiscovery.Discover(folder.Path, null);

        error.Should().BeNull();
        entries!.Should().HaveCount(3);
        entries[0].Should().Be(new BatchEntry("submission_1001", Path.Combine(folder.Path, "submission_1001"), "3031234", "Ada Lovelace", "ada@example.edu"));
        entries[1].StudentName.Should().Be("Alan Turing; Grace Hopper");
        entries[1].StudentId.Should().Be("3035678; 3039999");
        entries[1].Email.Should().Be("alan@example.edu; grace@example.edu");
        entries[2].StudentId.Should().Be("submission_1003", "a folder the metadata does not name keeps its folder name");
    }

    [Fact]
    public void Unreadable_metadata_is_refused_with_a_reason()
    {
        using var folder = new TempFolder();
        folder.Write(GradescopeMetadata.FileName, "submission_1: [unclosed");

        var (entries, error) = EntryDiscovery.Discover(folder.Path, null);

        entries.Should().BeNull();
        error.Should().Contain(GradescopeMetadata.FileName);
    }

    [Fact]
    public void A_missing_folder_is_refused()
    {
        var (entries, error) = EntryDiscovery.Discover(Path.Combine(Path.GetTempPath(), "hw3-no-such-" + Guid.NewGuid().ToString("N")), null);

        entries.Should().BeNull();
        error.Should().Contain("is not a folder");
    }
}
