using System.Reflection;
using System.Runtime.Loader;

namespace Hw3.Grader.Runner.Loading;

/// <summary>
/// Holds the student's assemblies. A reference between them (an eval script referencing the submission)
/// resolves by simple name; anything else (the framework, MathNet.Numerics) falls back to the runner's own.
/// </summary>
internal sealed class SubmissionLoadContext() : AssemblyLoadContext("submission")
{
    private readonly Dictionary<string, Assembly> _byName = new(StringComparer.OrdinalIgnoreCase);

    public Assembly Add(byte[] image)
    {
        using var stream = new MemoryStream(image, writable: false);
        var assembly = LoadFromStream(stream);
        if (assembly.GetName().Name is { } name)
        {
            _byName[name] = assembly;
        }

        return assembly;
    }

    protected override Assembly? Load(AssemblyName assemblyName) =>
        assemblyName.Name is { } name && _byName.TryGetValue(name, out var assembly) ? assembly : null;
}
