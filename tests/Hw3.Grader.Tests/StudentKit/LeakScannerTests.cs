using System.IO.Compression;
using System.Text;

namespace Hw3.Grader.Tests.StudentKit;

/// <summary>The leak scan can only be trusted if it finds a planted leak: each way a leak could hide is planted here.</summary>
public sealed class LeakScannerTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("hw3-leak-scanner-");

    public void Dispose() => folder.Delete(recursive: true);

    private static LeakScanner Scanner() => LeakScanner.For(
    [
        ("Q1Simulator", "a ReferenceSolutions type"),
        ("Hw3.ReferenceSolutions", "a ReferenceSolutions namespace"),
        ("q5.general", "a hidden item id"),
        ("1.25331", "a reference value, G6"),
    ]);

    [Fact]
    public void A_type_name_in_UTF16_inside_a_zip_inside_a_folder_is_found()
    {
        var nested = Path.Combine(folder.FullName, "checker", "data.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(nested)!);
        using (var archive = ZipFile.Open(nested, ZipArchiveMode.Create))
        {
            using var stream = archive.CreateEntry("inner/strings.bin").Open();
            var bytes = Encoding.Unicode.GetBytes("\u0001new Q1Simulator()\u0000");
            stream.Write([0x7f, .. bytes]); // odd offset: the string does not start on an even byte
        }

        Scanner().Scan(folder.FullName).Should().ContainSingle().Which.Should().Contain("data.zip!/inner/strings.bin").And.Contain("Q1Simulator");
    }

    [Fact]
    public void A_namespace_prefix_and_a_hidden_id_in_text_are_found()
    {
        File.WriteAllText(Path.Combine(folder.FullName, "items.json"), "{\"id\": \"q5.general\", \"type\": \"Hw3.ReferenceSolutions.Q5.Q5Reference\"}");

        Scanner().Scan(folder.FullName).Should().HaveCount(2);
    }

    [Fact]
    public void A_value_is_found_as_a_whole_number_and_not_inside_a_longer_one()
    {
        File.WriteAllText(Path.Combine(folder.FullName, "a.txt"), "scale = 1.25331.");
        File.WriteAllText(Path.Combine(folder.FullName, "b.txt"), "21.253310 and 1.253312");

        Scanner().Scan(folder.FullName).Should().ContainSingle().Which.Should().StartWith("a.txt");
    }

    [Fact]
    public void A_clean_folder_gives_nothing()
    {
        File.WriteAllBytes(Path.Combine(folder.FullName, "binary.dll"), [0x4d, 0x5a, .. Encoding.UTF8.GetBytes("Q1Simulation Hw3.Reference q5.generalised")]);

        Scanner().Scan(folder.FullName).Should().BeEmpty();
    }
}
