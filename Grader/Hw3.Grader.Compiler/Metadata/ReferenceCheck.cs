using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Hw3.Grader.Compiler.Policy;

namespace Hw3.Grader.Compiler.Metadata;

/// <summary>
/// The allow-list (<see cref="ApiRules"/>) judged again on what the compiled code actually calls: every member
/// reference in every method body's IL, and every library base type or interface of the student's types. It
/// holds where the semantic walk misses a construct. The compiler itself calls a few members the student may
/// not name (<see cref="CompilerEmitted"/>); the inline-array and span helpers it writes into
/// <c>&lt;PrivateImplementationDetails&gt;</c> may also call <see cref="HelperOnly"/>.
/// </summary>
internal static class ReferenceCheck
{
    /// <summary>Members the compiler calls on its own, from the student's methods: for what construct, in the comments.</summary>
    private static readonly Dictionary<string, string[]> CompilerEmitted = new(StringComparer.Ordinal)
    {
        // Array and span initialisers, ranges, records' PrintMembers.
        ["System.Runtime.CompilerServices.RuntimeHelpers"] = ["InitializeArray", "CreateSpan", "GetSubArray", "IsReferenceOrContainsReferences", "EnsureSufficientExecutionStack"],
        ["System.Type"] = ["GetTypeFromHandle"], // typeof(T)
        ["System.Environment"] = ["CurrentManagedThreadId"], // iterators
        ["System.Threading.Interlocked"] = ["CompareExchange"], // field-like events
        ["System.Threading.Monitor"] = ["Enter", "Exit"], // lock (object)
        ["System.Runtime.CompilerServices.DefaultInterpolatedStringHandler"] = ["*"], // $"…"
        ["System.Runtime.CompilerServices.FormattableStringFactory"] = ["Create"],
        ["System.Runtime.CompilerServices.SwitchExpressionException"] = [".ctor"],
        ["System.Runtime.InteropServices.CollectionsMarshal"] = ["AsSpan", "SetCount"], // [a, b] as a List<T>
        ["System.Runtime.InteropServices.ImmutableCollectionsMarshal"] = ["AsImmutableArray"], // [a, b] as an ImmutableArray<T>
        // A script's <Initialize> is an async method returning Task<object>; <Factory> awaits nothing.
        ["System.Runtime.CompilerServices.AsyncTaskMethodBuilder`1"] = ["*"],
        ["System.Runtime.CompilerServices.IAsyncStateMachine"] = ["*"],
        ["System.Threading.Tasks.Task`1"] = ["get_Result"],
    };

    /// <summary>Members only the compiler's own helper class may call (C# cannot name it).</summary>
    private static readonly Dictionary<string, string[]> HelperOnly = new(StringComparer.Ordinal)
    {
        ["System.Runtime.CompilerServices.Unsafe"] = ["As", "Add", "AsRef"],
        ["System.Runtime.InteropServices.MemoryMarshal"] = ["CreateSpan", "CreateReadOnlySpan"],
    };

    private const string HelperClass = "<PrivateImplementationDetails>";

    public static void Check(MetadataReader reader, PEReader pe, List<MetadataFinding> found)
    {
        var reported = new HashSet<(string, string)>();
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            var typeName = AssemblyMetadataCheck.TypeName(reader, typeHandle);
            var supertypes = type.GetInterfaceImplementations().Select(i => reader.GetInterfaceImplementation(i).Interface).Prepend(type.BaseType);
            foreach (var supertype in supertypes.Where(t => !t.IsNil))
            {
                if (Library(reader, supertype) is { } library && !Allowed(library.Owner, "*", inHelper: false)
                    && ApiRules.JudgeLibraryType(library.Namespace, library.Outermost) is { } reason)
                {
                    found.Add(new MetadataFinding(typeName, null, $"it derives from {library.Owner}, and {reason}"));
                }
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                var inHelper = typeName == HelperClass || typeName.StartsWith(HelperClass + "+", StringComparison.Ordinal);
                foreach (var referenceHandle in ILReferences.Of(reader, pe.GetMethodBody(method.RelativeVirtualAddress)))
                {
                    var reference = reader.GetMemberReference(referenceHandle);
                    if (Library(reader, reference.Parent) is not { } library)
                    {
                        continue;
                    }

                    var member = PropertyOrEventName(reader.GetString(reference.Name));
                    if (Allowed(library.Owner, member, inHelper)
                        || ApiRules.JudgeLibraryMember(library.Namespace, library.Outermost, library.Owner, member) is not { } reason
                        || !reported.Add((library.Owner, member)))
                    {
                        continue;
                    }

                    found.Add(new MetadataFinding(typeName, reader.GetString(method.Name), $"it calls {library.Owner}.{member}, and {reason}"));
                }
            }
        }
    }

    private static bool Allowed(string owner, string member, bool inHelper) =>
        (CompilerEmitted.TryGetValue(owner, out var members) && (members.Contains("*") || members.Contains(member)))
        || (inHelper && HelperOnly.TryGetValue(owner, out var helper) && helper.Contains(member));

    /// <summary><c>get_In</c> → <c>In</c>: the policy's lists name properties and events.</summary>
    private static string PropertyOrEventName(string name)
    {
        foreach (var prefix in (string[])["get_", "set_", "add_", "remove_"])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return name[prefix.Length..];
            }
        }

        return name;
    }

    /// <summary>
    /// A library type a reference's parent names: the outermost type's namespace and metadata name, and the
    /// type's own name as the policy keys it (<c>System.Numerics.Vector`1</c>); null for the student's own types.
    /// </summary>
    private static (string Namespace, string Outermost, string Owner)? Library(MetadataReader reader, EntityHandle parent)
    {
        switch (parent.Kind)
        {
            case HandleKind.TypeReference:
                var reference = reader.GetTypeReference((TypeReferenceHandle)parent);
                var outermost = reference;
                while (outermost.ResolutionScope.Kind == HandleKind.TypeReference)
                {
                    outermost = reader.GetTypeReference((TypeReferenceHandle)outermost.ResolutionScope);
                }

                var ns = reader.GetString(outermost.Namespace);
                string Qualified(string name) => ns.Length == 0 ? name : ns + "." + name;
                return (ns, Qualified(reader.GetString(outermost.Name)), Qualified(reader.GetString(reference.Name)));
            case HandleKind.TypeSpecification:
                var blob = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
                if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
                {
                    return null;
                }

                blob.ReadSignatureTypeCode();
                return Library(reader, blob.ReadTypeHandle());
            default:
                return null;
        }
    }
}
