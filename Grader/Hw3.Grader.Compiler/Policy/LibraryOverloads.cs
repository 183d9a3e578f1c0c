using System.Reflection;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace Hw3.Grader.Compiler.Policy;

/// <summary>
/// For each method name and lambda arity, how many overloads of that name taking a delegate of that arity the
/// library type that has the most of them declares (public or protected, over the namespaces a submission may
/// use); constructors count under their type's name. <c>Sum</c> with a one-parameter lambda → 10 (Enumerable's
/// int, long, float, double, decimal selectors and their nullable twins), <c>Select</c> → 2 (AsyncEnumerable's
/// synchronous and asynchronous selectors). Read once per worker from the references' metadata tables
/// (milliseconds; Roslyn symbols took seconds), so that <see cref="OverloadBudget"/> can price a lambda
/// argument before anything is bound.
/// </summary>
public static class LibraryOverloads
{
    private static readonly Lazy<IReadOnlyDictionary<(string Name, int Arity), int>> Table = new(Read);

    /// <summary>How many overloads of <paramref name="name"/> taking a lambda of <paramref name="arity"/> parameters one library type declares at most (0 when none).</summary>
    public static int Of(string name, int arity) => Table.Value.TryGetValue((name, arity), out var count) ? count : 0;

    private static Dictionary<(string Name, int Arity), int> Read()
    {
        var table = new Dictionary<(string Name, int Arity), int>();
        foreach (var reference in Compiling.CompilerReferences.All.OfType<PortableExecutableReference>())
        {
            if (reference.GetMetadata() is not AssemblyMetadata assembly)
            {
                continue;
            }

            foreach (var module in assembly.GetModules())
            {
                Count(module.GetMetadataReader(), table);
            }
        }

        return table;
    }

    private static void Count(MetadataReader reader, Dictionary<(string Name, int Arity), int> table)
    {
        var shapes = new DelegateArityReader();
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if (!IsVisible(reader, type) || !ApiRules.IsAllowedNamespace(reader.GetString(OutermostNamespace(reader, type))))
            {
                continue;
            }

            var typeName = reader.GetString(type.Name).Split('`')[0];
            var overloads = type.GetMethods()
                .Select(reader.GetMethodDefinition)
                .Where(method => (method.Attributes & MethodAttributes.MemberAccessMask) is MethodAttributes.Public or MethodAttributes.Family or MethodAttributes.FamORAssem)
                .SelectMany(method => method.DecodeSignature(shapes, null).ParameterTypes
                    .Select(parameter => parameter.Arity)
                    .OfType<int>()
                    .Distinct()
                    .Select(arity => (Name: reader.GetString(method.Name) is ".ctor" ? typeName : reader.GetString(method.Name), Arity: arity)))
                .GroupBy(key => key);
            foreach (var group in overloads)
            {
                var count = group.Count();
                if (!table.TryGetValue(group.Key, out var known) || known < count)
                {
                    table[group.Key] = count;
                }
            }
        }
    }

    private static bool IsVisible(MetadataReader reader, TypeDefinition type)
    {
        for (var current = type; ; current = reader.GetTypeDefinition(current.GetDeclaringType()))
        {
            var visibility = current.Attributes & TypeAttributes.VisibilityMask;
            if (visibility is not (TypeAttributes.Public or TypeAttributes.NestedPublic or TypeAttributes.NestedFamily or TypeAttributes.NestedFamORAssem))
            {
                return false;
            }

            if (current.GetDeclaringType().IsNil)
            {
                return true;
            }
        }
    }

    private static StringHandle OutermostNamespace(MetadataReader reader, TypeDefinition type)
    {
        while (!type.GetDeclaringType().IsNil)
        {
            type = reader.GetTypeDefinition(type.GetDeclaringType());
        }

        return type.Namespace;
    }
}
