using System.Security.Cryptography;
using System.Text;
using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Submissions.Files;

namespace Hw3.Grader.Submissions;

/// <summary>
/// Reads a submission: one .cs or .csx file, or a folder whose .cs/.csx files (at any depth) compile
/// together. Nothing here trusts the files: only regular files are read (<see cref="SourceFileReader"/>: no link is
/// followed, no pipe, device or socket is read), binary or non-UTF-8 files and huge files are refused with a plain
/// reason, and other files are listed as ignored (never opened).
/// </summary>
public static class SubmissionLoader
{
    /// <summary>Larger source files are not even read; the compile step's own limit is far lower.</summary>
    public const long MaxReadBytesPerFile = 64L * 1024 * 1024;

    private static readonly string[] SkippedFolders = ["bin", "obj", ".git", ".vs", ".idea", "__MACOSX"];

    public static SubmissionLoadResult Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return LoadFolder(full);
        }

        if (File.Exists(full))
        {
            if (!IsSource(full))
            {
                return new SubmissionLoadResult.Invalid($"{Path.GetFileName(full)} is not a submission: expected a .cs or .csx file, or a folder holding them");
            }

            var name = Path.GetFileName(full);
            var files = new List<SourceFile>();
            var problems = new List<string>();
            var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            ReadSource(full, name, files, problems, hash);
            return new SubmissionLoadResult.Loaded(new SubmissionSource(name, files, [], problems, Convert.ToHexStringLower(hash.GetHashAndReset())));
        }

        return new SubmissionLoadResult.Invalid($"{path} does not exist: expected a .cs or .csx file, or a folder holding them");
    }

    private static SubmissionLoadResult LoadFolder(string folder)
    {
        var files = new List<SourceFile>();
        var ignored = new List<string>();
        var problems = new List<string>();
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var entries = new List<(string Relative, FileSystemInfo Info)>();
        try
        {
            Walk(new DirectoryInfo(folder), "", entries, problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SubmissionLoadResult.Invalid($"the folder {Path.GetFileName(folder)} cannot be read: {e.Message}");
        }

        foreach (var (relative, info) in entries.OrderBy(e => e.Relative, StringComparer.Ordinal))
        {
            if (!IsSource(relative))
            {
                ignored.Add(FileNameText.Shown(relative));
            }
            else if (FileNameText.Problem(relative) is { } badName)
            {
                problems.Add($"{FileNameText.Shown(relative)}: {badName}");
            }
            else if (info.LinkTarget is not null)
            {
                problems.Add($"{relative} is a symbolic link; links are not followed, so it was not graded");
            }
            else
            {
                ReadSource(info.FullName, relative, files, problems, hash);
            }
        }

        if (files.Count == 0 && problems.Count == 0)
        {
            problems.Add("the submission holds no .cs or .csx file");
        }

        return new SubmissionLoadResult.Loaded(new SubmissionSource(Path.GetFileName(folder), files, ignored, problems, Convert.ToHexStringLower(hash.GetHashAndReset())));
    }

    private static void Walk(DirectoryInfo directory, string prefix, List<(string, FileSystemInfo)> entries, List<string> problems)
    {
        foreach (var entry in directory.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var relative = prefix + entry.Name;
            if (entry is DirectoryInfo sub)
            {
                if (sub.LinkTarget is not null)
                {
                    problems.Add($"{FileNameText.Shown(relative)}/ is a symbolic link to a folder; links are not followed");
                }
                else if (!SkippedFolders.Contains(sub.Name, StringComparer.OrdinalIgnoreCase))
                {
                    Walk(sub, relative + "/", entries, problems);
                }
            }
            else
            {
                entries.Add((relative, entry));
            }
        }
    }

    private static void ReadSource(string fullPath, string relative, List<SourceFile> files, List<string> problems, IncrementalHash hash)
    {
        FileRead read;
        try
        {
            read = SourceFileReader.Read(fullPath, MaxReadBytesPerFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{relative} cannot be read ({e.GetType().Name})");
            return;
        }

        if (read.Bytes is not { } bytes)
        {
            problems.Add($"{relative} {read.Problem}");
            return;
        }

        hash.AppendData(Encoding.UTF8.GetBytes(relative + "\0"));
        hash.AppendData(bytes);
        hash.AppendData([0]);
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            problems.Add($"{relative} is not a text file (it contains binary data), so it was not compiled");
            return;
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            problems.Add($"{relative} is not UTF-8 text, so it was not compiled; save it as UTF-8");
            return;
        }

        files.Add(new SourceFile(relative, text.TrimStart('\uFEFF')));
    }

    private static bool IsSource(string name) =>
        name.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".csx", StringComparison.OrdinalIgnoreCase);
}
