using System.IO.Compression;
using Hw3.Grader.Batch;
using Hw3.Grader.Batch.Zips;

namespace Hw3.Grader.Tests.Batch;

public sealed class ZipUnpackerTests
{
    private static string Zip(TempFolder folder, string name, params (string Entry, string Text)[] files) =>
        ZipWith(folder, name, archive =>
        {
            foreach (var (entry, text) in files)
            {
                using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
                writer.Write(text);
            }
        });

    private static string ZipWith(TempFolder folder, string name, Action<ZipArchive> fill)
    {
        var path = Path.Combine(folder.Path, name);
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            fill(archive);
        }

        return path;
    }

    [Fact]
    public void A_plain_zip_unpacks_its_files_and_folders_and_drops_macos_resource_forks()
    {
        using var folder = new TempFolder();
        var zip = Zip(folder, "dave.zip", ("dave/Hw3.cs", "// q1"), ("dave/util/More.cs", "// more"), ("__MACOSX/dave/._Hw3.cs", "junk"), ("dave/._Hw3.cs", "junk"));
        var into = Path.Combine(folder.Path, "out");

        var result = ZipUnpacker.Unpack(zip, into);

        result.Refusal.Should().BeNull();
        File.ReadAllText(Path.Combine(into, "dave", "Hw3.cs")).Should().Be("// q1");
        File.ReadAllText(Path.Combine(into, "dave", "util", "More.cs")).Should().Be("// more");
        Directory.EnumerateFiles(into, "*", SearchOption.AllDirectories).Should().HaveCount(2, "__MACOSX and ._ files would compile as C#");
    }

    [Theory]
    [InlineData("../escape.cs", "'../escape.cs' has '..' in its name")]
    [InlineData("dave/../../escape.cs", "has '..' in its name")]
    [InlineData("dave\\..\\..\\escape.cs", "has '..' in its name")]
    [InlineData("/tmp/escape.cs", "'/tmp/escape.cs' has an absolute name")]
    [InlineData("C:/escape.cs", "has an absolute name")]
    public void An_entry_whose_name_climbs_out_refuses_the_whole_zip_naming_the_zip_and_the_entry(string entry, string expected)
    {
        using var folder = new TempFolder();
        var zip = Zip(folder, "evil.zip", ("Hw3.cs", "// fine"), (entry, "// escape"));
        var into = Path.Combine(folder.Path, "class", "out");

        var result = ZipUnpacker.Unpack(zip, into);

        result.Refusal.Should().StartWith("evil.zip: the entry").And.Contain(expected);
        Directory.Exists(into).Should().BeFalse("every entry is checked before anything is written");
        Directory.EnumerateFiles(folder.Path, "escape.cs", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void A_symbolic_link_entry_is_refused()
    {
        using var folder = new TempFolder();
        var zip = ZipWith(folder, "link.zip", archive =>
        {
            var link = archive.CreateEntry("Hw3.cs");
            link.ExternalAttributes = unchecked((int)(0xA1FFu << 16)); // S_IFLNK | 0777, as zip -y writes it
            using var writer = new StreamWriter(link.Open());
            writer.Write("/etc/passwd");
        });

        var result = ZipUnpacker.Unpack(zip, Path.Combine(folder.Path, "out"));

        result.Refusal.Should().Be("link.zip: the entry 'Hw3.cs' is a symbolic link; links are not unpacked");
    }

    [Fact]
    public void Too_many_entries_are_refused_before_any_is_read()
    {
        using var folder = new TempFolder();
        var zip = ZipWith(folder, "many.zip", archive =>
        {
            for (var i = 0; i <= ZipLimits.MaxEntries; i++)
            {
                archive.CreateEntry($"f{i}.cs");
            }
        });

        var result = ZipUnpacker.Unpack(zip, Path.Combine(folder.Path, "out"));

        result.Refusal.Should().Be($"many.zip holds {ZipLimits.MaxEntries + 1} entries; a zipped submission may hold at most {ZipLimits.MaxEntries}");
    }

    [Fact]
    public void A_zip_bomb_entry_is_refused_by_its_compression_ratio()
    {
        using var folder = new TempFolder();
        var zip = ZipWith(folder, "bomb.zip", archive =>
        {
            using var stream = archive.CreateEntry("Hw3.cs", CompressionLevel.SmallestSize).Open();
            stream.Write(new byte[8 * 1024 * 1024]);
        });

        var result = ZipUnpacker.Unpack(zip, Path.Combine(folder.Path, "out"));

        result.Refusal.Should().Be("bomb.zip: the entry 'Hw3.cs' unpacks to more than 100 times its packed size (a zip bomb, not source code)");
        Directory.Exists(Path.Combine(folder.Path, "out")).Should().BeFalse();
    }

    [Fact]
    public void More_than_the_total_size_cap_is_refused()
    {
        using var folder = new TempFolder();
        var random = new Random(7);
        var zip = ZipWith(folder, "big.zip", archive =>
        {
            // Random zeros and ones compress a few times, far from the ratio limit: only the total trips.
            var chunk = new byte[1024 * 1024];
            for (var i = 0; i < 17; i++)
            {
                random.NextBytes(chunk);
                for (var b = 0; b < chunk.Length; b++)
                {
                    chunk[b] = (byte)('0' + (chunk[b] & 1));
                }

                using var stream = archive.CreateEntry($"data{i}.txt", CompressionLevel.Fastest).Open();
                stream.Write(chunk);
            }
        });

        var result = ZipUnpacker.Unpack(zip, Path.Combine(folder.Path, "out"));

        result.Refusal.Should().Be("big.zip unpacks to 17 MB; a zipped submission may unpack to at most 16 MB");
    }

    [Fact]
    public void A_zip_file_over_the_size_cap_is_not_opened()
    {
        using var folder = new TempFolder();
        var zip = Path.Combine(folder.Path, "huge.zip");
        using (var stream = File.Create(zip))
        {
            stream.SetLength(ZipLimits.MaxZipBytes + 1); // sparse: no disk is used
        }

        var result = ZipUnpacker.Unpack(zip, Path.Combine(folder.Path, "out"));

        result.Refusal.Should().Be("huge.zip is 9 MB; a zipped submission may be at most 8 MB");
    }

    [Fact]
    public void A_nested_zip_is_left_packed_and_listed()
    {
        using var folder = new TempFolder();
        var zip = Zip(folder, "outer.zip", ("Hw3.cs", "// q1"), ("inner/inner.zip", "PK"));
        var into = Path.Combine(folder.Path, "out");

        var result = ZipUnpacker.Unpack(zip, into);

        result.Refusal.Should().BeNull();
        result.NestedZipsLeftPacked.Should().Equal("inner/inner.zip");
        File.Exists(Path.Combine(into, "inner", "inner.zip")).Should().BeFalse();
    }

    [Fact]
    public void A_file_that_is_no_zip_is_refused_as_damaged()
    {
        using var folder = new TempFolder();
        var zip = folder.Write("dave.zip", "PK not really");

        var result = ZipUnpacker.Unpack(zip, Path.Combine(folder.Path, "out"));

        result.Refusal.Should().StartWith("dave.zip cannot be unpacked: it is not a zip archive or it is damaged");
    }

    [Fact]
    public void A_batch_unpacks_zipped_entries_into_a_temporary_folder_it_deletes_and_marks_refused_ones()
    {
        using var folder = new TempFolder();
        Zip(folder, "dave.zip", ("Hw3.cs", "// q1"));
        Zip(folder, "evil.zip", ("../escape.cs", "// escape"));
        Directory.CreateDirectory(Path.Combine(folder.Path, "fay"));
        Zip(folder, "fay/submission.zip", ("Hw3.cs", "// fay"), ("old.zip", "PK"));
        folder.Write("alice/Hw3.cs", "// a");
        var found = EntryDiscovery.Discover(folder.Path, null).Should().BeOfType<EntryDiscoveryResult.Found>().Which.Entries;
        string? temporary;

        using (var unpacked = new UnpackedSubmissions())
        {
            var (entries, notes) = unpacked.Unpack(found);
            temporary = unpacked.Folder;

            entries.Select(e => e.Key).Should().Equal("alice", "dave", "evil", "fay");
            entries[0].Path.Should().Be(Path.Combine(folder.Path, "alice"));
            File.ReadAllText(Path.Combine(entries[1].Path, "Hw3.cs")).Should().Be("// q1");
            Path.GetFileName(entries[1].Path).Should().Be("dave", "the unpacked submission keeps its key as its name");
            File.ReadAllText(Path.Combine(entries[3].Path, "Hw3.cs")).Should().Be("// fay");
            entries[2].NoSourceReason.Should().Be("the zipped submission was not unpacked: evil.zip: the entry '../escape.cs' has '..' in its name, which would unpack outside the submission's folder");
            notes.Should().Equal(
                "unpacked 2 zipped submissions (dave.zip, fay/submission.zip) into a temporary folder that is deleted after grading",
                "evil.zip: the entry '../escape.cs' has '..' in its name, which would unpack outside the submission's folder: not unpacked (its row is marked no-source)",
                "fay/submission.zip holds old.zip: a zip inside a zip is not unpacked");
        }

        temporary.Should().NotBeNull();
        Directory.Exists(temporary).Should().BeFalse("the grader deletes what it unpacked");
    }
}
