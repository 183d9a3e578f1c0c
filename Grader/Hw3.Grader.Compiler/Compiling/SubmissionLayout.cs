using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compiler.Compiling;

/// <summary>
/// What kind of submission a set of files is. All .cs → one C# library. All .csx → one C# script
/// (the files concatenated in ordinal name order, see <see cref="ScriptSource"/>). Both kinds together,
/// another extension, or no file at all → <see cref="Problems"/> (error diagnostics), nothing compiles.
/// </summary>
public sealed record SubmissionLayout(
    IReadOnlyList<SourceFile> RegularFiles,
    IReadOnlyList<SourceFile> ScriptFiles,
    IReadOnlyList<CompileDiagnostic> Problems)
{
    public bool IsScript => ScriptFiles.Count > 0;

    public static SubmissionLayout Of(IReadOnlyList<SourceFile>? files)
    {
        var named = (files ?? [])
            .Select(file => file with { Name = SourceFileName.Normalize(file.Name), Text = file.Text ?? "" })
            .OrderBy(file => file.Name, StringComparer.Ordinal)
            .ToList();
        var regular = named.Where(file => SourceFileName.IsRegular(file.Name)).ToList();
        var scripts = named.Where(file => SourceFileName.IsScript(file.Name)).ToList();

        var problems = named
            .Where(file => !SourceFileName.IsRegular(file.Name) && !SourceFileName.IsScript(file.Name))
            .Select(file => PolicyDiagnostics.NotSource(file.Name))
            .ToList();
        if (regular.Count > 0 && scripts.Count > 0)
        {
            problems.Add(PolicyDiagnostics.MixedKinds(scripts[0].Name, regular[0].Name));
        }

        if (named.Count == 0)
        {
            problems.Add(PolicyDiagnostics.NoSource());
        }

        return new SubmissionLayout(regular, scripts, problems);
    }
}
