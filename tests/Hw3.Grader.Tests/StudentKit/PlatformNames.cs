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
