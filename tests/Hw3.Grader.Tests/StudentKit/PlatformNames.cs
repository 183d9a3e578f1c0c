using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;

namespace Hw3.Grader.Tests.StudentKit;

/// <summary>
/// The type and member names that .NET's reference assemblies and the kit's third-party packages (Roslyn, MathNet)
/// declare themselves. A ReferenceSolutions name that is also one of these ("DataSource", "value__") is the platform's
/// word, found in the kit because the kit carries the platform's metadata, not because an answer leaked; such names are
/// not needles. Package assemblies are restored from NuGet and cannot hold this checkout's code.
/// </summary>
public static class PlatformNames
{
    public static HashSet<string> Of(string kitFolder)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in Basic.Reference.Assemblies.Net100.References.All)
        {
            foreach (var module in ((AssemblyMetadata)reference.GetMetadata()).GetModules())
            {
                Add(module.GetMetadataReader(), names);
            }
        }

        var packages = Directory.GetFiles(kitFolder, "*.dll", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("Hw3.", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("hw3-", StringComparison.Ordinal));
        foreach (var package in packages)
        {
            using var pe = new PEReader(File.OpenRead(package));
            if (pe.HasMetadata)
            {
                Add(pe.GetMetadataReader(), names);
            }
        }

        return names;
    }

    /// <summary>
    /// The identifiers the kit's own sources use (Hw3.Kit, the pipeline library, the protocol, the test functions). Those
    /// projects do not reference ReferenceSolutions (the build proves it), so a name they share with it, such as
    /// FanOut or KindOf, is the homework's vocabulary, not a leaked answer.
    /// </summary>
    public static HashSet<string> KitVocabulary()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var folders = new[]
        {
            Repository.PathOf("Grader", "Hw3.Kit"),
            Repository.PathOf("Grader", "Hw3.Grader.Pipeline"),
            Repository.PathOf("Grader", "Hw3.Grader.Protocol"),
            Repository.PathOf("ReferenceSolutions", "Hw3.TestFunctions"),
        };
        foreach (var file in folders.SelectMany(f => Directory.GetFiles(f, "*.cs", SearchOption.AllDirectories)))
        {
            foreach (System.Text.RegularExpressions.Match identifier in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(file), "[A-Za-z_][A-Za-z0-9_]*"))
            {
                names.Add(identifier.Value);
            }
        }

        return names;
    }

    private static void Add(MetadataReader reader, HashSet<string> names)
    {
        foreach (var handle in reader.TypeDefinitions)
        {
            names.Add(reader.GetString(reader.GetTypeDefinition(handle).Name).Split('`')[0]);
        }

        foreach (var handle in reader.MethodDefinitions)
        {
            names.Add(reader.GetString(reader.GetMethodDefinition(handle).Name));
        }

        foreach (var handle in reader.FieldDefinitions)
        {
            names.Add(reader.GetString(reader.GetFieldDefinition(handle).Name));
        }

        foreach (var handle in reader.PropertyDefinitions)
        {
            names.Add(reader.GetString(reader.GetPropertyDefinition(handle).Name));
        }
    }
}
