using System.Reflection;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Runner.Resolution;

/// <summary>
/// Finds a submission class by name: a class in the global namespace, or a class nested in the script
/// class of a submission written as C# script (<c>Submission#0</c>). When that fails, says what is there instead.
/// </summary>
internal static class TypeResolver
{
    public static Resolution<Type> Find(IEnumerable<Assembly> assemblies, string name)
    {
        var types = assemblies.SelectMany(LoadableTypes).Where(t => !t.IsGenericTypeDefinition).ToList();
        if (types.FirstOrDefault(t => t.Name == name && IsTopLevel(t)) is { } found)
        {
            return Resolution<Type>.Found(found);
        }

        return Resolution<Type>.Failed(CallStatus.TypeMissing, Explain(types, name));
    }

    public static bool IsScriptClass(Type type) =>
        type.DeclaringType is null && string.IsNullOrEmpty(type.Namespace)
        && type.Name.StartsWith("Submission#", StringComparison.Ordinal);

    private static bool IsTopLevel(Type type) => type.DeclaringType is { } outer
        ? IsScriptClass(outer)
        : string.IsNullOrEmpty(type.Namespace);

    private static string Explain(List<Type> types, string name)
    {
        var sameName = types.Where(t => t.Name == name).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
        if (sameName.FirstOrDefault(t => t.DeclaringType is null) is { Namespace: { } space })
        {
            return $"{name} is inside namespace {space}; it must be in the global namespace";
        }

        if (sameName.FirstOrDefault() is { DeclaringType: { } outer })
        {
            return $"{name} is nested inside class {outer.Name}; it must be a top-level class";
        }

        if (types.Where(IsTopLevel).Select(t => t.Name).Order(StringComparer.Ordinal)
                .FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) is { } other)
        {
            return $"class {name} was not found (there is a class {other}; names are case-sensitive)";
        }

        return $"class {name} was not found";
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
