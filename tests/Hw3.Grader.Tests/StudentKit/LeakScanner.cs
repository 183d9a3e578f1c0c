using System.IO.Compression;
using System.Text;

namespace Hw3.Grader.Tests.StudentKit;

/// <summary>
/// Looks for forbidden words in every file of a folder, binaries included and archives unpacked (recursively): each
/// file is read both as bytes (ASCII/UTF-8: text, metadata string heaps) and as UTF-16LE (.NET user strings), cut
/// into tokens (runs of letters, digits and <c>_ . + -</c>), and each token, and each piece of it between dots and
/// underscores, is looked up exactly. Exact tokens keep "1.2533" from matching inside "21.25330" and a name from
/// matching inside a longer word, and make one pass per file whatever the number of needles.
/// </summary>
public sealed class LeakScanner(IReadOnlyDictionary<string, string> needles)
{
    /// <param name="needles">Forbidden token → why it is forbidden (e.g. "reference value of Q1.InitScale(16, 4), G6").</param>
    public static LeakScanner For(IEnumerable<(string Token, string Why)> needles) =>
        new(needles.GroupBy(n => n.Token, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Why, StringComparer.Ordinal));

    public int NeedleCount => needles.Count;

    /// <summary>Every (file, token, why) found; file paths relative to <paramref name="folder"/>, "a.zip!/b.txt" inside archives.</summary>
    public IReadOnlyList<string> Scan(string folder)
    {
        var found = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            ScanBytes(Path.GetRelativePath(folder, file), File.ReadAllBytes(file), found);
        }

        return [.. found.Distinct(StringComparer.Ordinal)];
    }

    private void ScanBytes(string name, byte[] bytes, List<string> found)
    {
        if (IsZip(bytes))
        {
            using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            foreach (var entry in archive.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                ScanBytes(name + "!/" + entry.FullName, copy.ToArray(), found);
            }
        }

        foreach (var token in Tokens(Encoding.Latin1.GetString(bytes)).Concat(Tokens(Utf16(bytes, 0))).Concat(Tokens(Utf16(bytes, 1))))
        {
            foreach (var candidate in Pieces(token))
            {
                if (needles.TryGetValue(candidate, out var why))
                {
                    found.Add($"{name}: \"{candidate}\" ({why})");
                }
            }
        }
    }

    private static bool IsZip(byte[] bytes) => bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;

    /// <summary>The bytes as UTF-16LE code units from an even or odd offset (a string may start at either).</summary>
    private static string Utf16(byte[] bytes, int offset)
    {
        var length = (bytes.Length - offset) / 2;
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)(bytes[offset + (2 * i)] | (bytes[offset + (2 * i) + 1] << 8));
        }

        return new string(chars);
    }

    private static IEnumerable<string> Tokens(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inToken = i < text.Length && IsTokenChar(text[i]);
            if (inToken && start < 0)
            {
                start = i;
            }
            else if (!inToken && start >= 0)
            {
                if (i - start >= 3)
                {
                    yield return text[start..i];
                }

                start = -1;
            }
        }
    }

    private static bool IsTokenChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '.' or '+' or '-';

    /// <summary>The token, the token without a trailing dot (a sentence's full stop), each piece between dots/underscores, and each dotted prefix (namespaces).</summary>
    private static IEnumerable<string> Pieces(string token)
    {
        yield return token;
        yield return token.TrimEnd('.');
        var parts = token.Split('.', '_');
        foreach (var part in parts)
        {
            yield return part;
        }

        var dotted = token.Split('.');
        for (var i = 2; i < dotted.Length; i++)
        {
            yield return string.Join('.', dotted[..i]);
        }
    }
}
