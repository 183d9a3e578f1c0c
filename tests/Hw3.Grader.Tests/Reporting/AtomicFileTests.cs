using System.Text;
using Hw3.Grader.Reporting;

namespace Hw3.Grader.Tests.Reporting;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hw3-atomic-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Writing_creates_missing_folders_and_leaves_only_the_file()
    {
        var path = Path.Combine(_folder, "out", "nested", "results.json");

        await AtomicFile.WriteAsync(path, "{ \"score\": 1 }\n", CancellationToken.None);

        File.ReadAllText(path).Should().Be("{ \"score\": 1 }\n");
        Directory.GetFiles(Path.GetDirectoryName(path)!).Should().Equal(path);
    }

    [Fact]
    public async Task The_text_is_utf8_without_a_byte_order_mark()
    {
        var path = Path.Combine(_folder, "results.json");

        await AtomicFile.WriteAsync(path, "σ² → ∞", CancellationToken.None);

        File.ReadAllBytes(path).Should().Equal(new UTF8Encoding(false).GetBytes("σ² → ∞"));
    }

    [Fact]
    public async Task Writing_again_replaces_the_whole_file()
    {
        var path = Path.Combine(_folder, "results.json");
        await AtomicFile.WriteAsync(path, new string('x', 10_000), CancellationToken.None);

        await AtomicFile.WriteAsync(path, "short", CancellationToken.None);

        File.ReadAllText(path).Should().Be("short");
        Directory.GetFiles(_folder).Should().Equal(path);
    }

    [Fact]
    public async Task A_cancelled_write_keeps_the_old_content_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_folder, "results.json");
        await AtomicFile.WriteAsync(path, "old", CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var write = () => AtomicFile.WriteAsync(path, "new", cancelled.Token);

        await write.Should().ThrowAsync<OperationCanceledException>();
        File.ReadAllText(path).Should().Be("old");
        Directory.GetFiles(_folder).Should().Equal(path);
    }
}
