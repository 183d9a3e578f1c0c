using YamlDotNet.RepresentationModel;

namespace Hw3.Grader.Batch;

/// <summary>
/// Reads <c>submission_metadata.yml</c> from a Gradescope "export submissions" folder: it maps every
/// <c>submission_&lt;id&gt;</c> folder to its submitters (<c>:name</c>, <c>:email</c>, <c>:sid</c>).
/// </summary>
public static class GradescopeMetadata
{
    public const string FileName = "submission_metadata.yml";

    /// <summary>Folder name → the entry's identity (its path is filled in by the caller); or why the file cannot be used.</summary>
    public static (IReadOnlyDictionary<string, BatchEntry>? Entries, string? Error) Read(string file)
    {
        YamlStream yaml = [];
        try
        {
            using var reader = new StreamReader(file);
            yaml.Load(reader);
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or IOException)
        {
            return (null, $"{FileName} cannot be read: {e.Message}");
        }

        var entries = new Dictionary<string, BatchEntry>(StringComparer.Ordinal);
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            return (entries, null);
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } folder })
            {
                continue;
            }

            var submitters = Submitters(valueNode);
            var id = folder.StartsWith("submission_", StringComparison.Ordinal) ? folder["submission_".Length..] : folder;
            var sids = submitters.Select(s => s.Sid).Where(s => s.Length > 0).ToList();
            var names = submitters.Select(s => s.Name).Where(s => s.Length > 0).ToList();
            entries[folder] = new BatchEntry(
                folder,
                "",
                sids.Count > 0 ? string.Join("; ", sids) : id,
                names.Count > 0 ? string.Join("; ", names) : folder,
                string.Join("; ", submitters.Select(s => s.Email).Where(s => s.Length > 0)))
            {
                // A member without an SID keeps the submission's id, so an import matched by email still finds the row.
                Members = submitters.Count < 2 ? Array.Empty<GroupMember>() : submitters.Select(s => new GroupMember(s.Sid.Length > 0 ? s.Sid : id, s.Name, s.Email)).ToArray(),
            };
        }

        return (entries, null);
    }

    private static List<(string Name, string Email, string Sid)> Submitters(YamlNode node)
    {
        var list = new List<(string, string, string)>();
        if (node is not YamlMappingNode submission || Child(submission, ":submitters") is not YamlSequenceNode people)
        {
            return list;
        }

        foreach (var person in people.Children.OfType<YamlMappingNode>())
        {
            list.Add((Text(person, ":name"), Text(person, ":email"), Text(person, ":sid")));
        }

        return list;
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: var k } && (k == key || k == key.TrimStart(':'))).Value;

    private static string Text(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value?.Trim() ?? "";
}
