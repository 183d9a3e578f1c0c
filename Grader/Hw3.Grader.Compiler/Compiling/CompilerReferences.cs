using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Hw3.Grader.Compiler.Compiling;

/// <summary>
/// What student code compiles against: the .NET 10 reference assemblies and MathNet.Numerics. All are
/// in-memory images with plain display names, so no diagnostic can ever show a path of this machine.
/// </summary>
public static class CompilerReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Lazy = new(Build);

    public static ImmutableArray<MetadataReference> All => Lazy.Value;

    private static ImmutableArray<MetadataReference> Build()
    {
        var mathNet = AssemblyMetadata
            .CreateFromImage(File.ReadAllBytes(typeof(MathNet.Numerics.Control).Assembly.Location))
            .GetReference(display: "MathNet.Numerics.dll");
        return [.. Basic.Reference.Assemblies.Net100.References.All, mathNet];
    }
}
