using Microsoft.CodeAnalysis;

namespace Hw3.Grader.Compiler.Policy;

/// <summary>
/// The allow-list: which library types and members a homework answer may use. A namespace is allowed as a
/// whole (System, collections, LINQ, text, numerics, MathNet.Numerics) except for the types and members
/// listed here that reach the process, the machine or the rules themselves.
/// </summary>
public static class ApiRules
{
    private static readonly string[] AllowedNamespaces =
    [
        "System", "System.Collections", "System.Collections.Generic", "System.Collections.ObjectModel",
        "System.Collections.Specialized", "System.Collections.Immutable", "System.Linq", "System.Text",
        "System.Numerics", "System.Globalization", "System.Diagnostics.CodeAnalysis",
    ];

    private static readonly string[] AllowedNamespacePrefixes = ["MathNet.Numerics"];

    /// <summary>Namespaces that are refused with a reason of their own (prefix match).</summary>
    private static readonly (string Prefix, string Reason)[] DeniedNamespaces =
    [
        ("System.IO", PolicyReasons.Files),
        ("System.Net", PolicyReasons.Network),
        ("System.Diagnostics", PolicyReasons.Processes),
        ("System.Reflection.Emit", PolicyReasons.Emit),
        ("System.Reflection", PolicyReasons.Reflection),
        ("System.Runtime.InteropServices", PolicyReasons.Native),
        ("System.Runtime.Loader", PolicyReasons.Reflection),
        ("System.Runtime.CompilerServices", PolicyReasons.CompilerServices),
        ("System.Threading", PolicyReasons.Threads),
        ("System.Timers", PolicyReasons.Threads),
        ("System.Security", PolicyReasons.Environment),
        ("Microsoft.CSharp", PolicyReasons.Dynamic),
        ("MathNet.Numerics.Providers", PolicyReasons.Native),
    ];

    /// <summary>Types of allowed namespaces that are refused whole.</summary>
    private static readonly Dictionary<string, string> DeniedTypes = new(StringComparer.Ordinal)
    {
        ["System.Environment"] = PolicyReasons.Environment,
        ["System.AppDomain"] = PolicyReasons.Environment,
        ["System.AppContext"] = PolicyReasons.Environment,
        ["System.GC"] = PolicyReasons.GarbageCollector,
        ["System.Activator"] = PolicyReasons.Reflection,
        ["System.TypedReference"] = PolicyReasons.Reflection,
        ["System.ArgIterator"] = PolicyReasons.Native,
        ["System.RuntimeArgumentHandle"] = PolicyReasons.Native,
        ["System.RuntimeTypeHandle"] = PolicyReasons.Reflection,
        ["System.RuntimeMethodHandle"] = PolicyReasons.Reflection,
        ["System.RuntimeFieldHandle"] = PolicyReasons.Reflection,
        ["System.ModuleHandle"] = PolicyReasons.Reflection,
        ["System.MarshalByRefObject"] = PolicyReasons.Reflection,
        ["System.Linq.ParallelEnumerable"] = PolicyReasons.Threads,
        ["System.Linq.ParallelQuery"] = PolicyReasons.Threads,
        ["System.Linq.ParallelQuery`1"] = PolicyReasons.Threads,
        ["System.Linq.OrderedParallelQuery`1"] = PolicyReasons.Threads,
        ["System.Linq.Expressions.Expression"] = PolicyReasons.Emit,
        // Its handler runs later, on a thread-pool thread.
        ["System.Progress`1"] = PolicyReasons.Threads,
    };

    /// <summary>Members of <see cref="System.Type"/> a submission may use: its name, nothing that reaches other types' members.</summary>
    private static readonly HashSet<string> AllowedTypeMembers = new(StringComparer.Ordinal)
    {
        "Name", "FullName", "Namespace", "ToString", "Equals", "GetHashCode", "op_Equality", "op_Inequality",
    };

    /// <summary>Members of allowed types that are refused.</summary>
    private static readonly Dictionary<string, string[]> DeniedMembers = new(StringComparer.Ordinal)
    {
        ["System.Delegate"] = ["CreateDelegate", "DynamicInvoke", "Method", "Target", "GetMethodInfo"],
        ["System.Console"] = ["SetIn", "SetOut", "SetError", "OpenStandardInput", "OpenStandardOutput", "OpenStandardError", "In", "Read", "ReadKey", "ReadLine"],
        ["MathNet.Numerics.Control"] =
        [
            "UseNativeMKL", "TryUseNativeMKL", "UseNativeOpenBLAS", "TryUseNativeOpenBLAS", "UseNativeCUDA",
            "TryUseNativeCUDA", "UseBest", "UseDefaultProviders", "TryUseNative", "NativeProviderPath",
            "UseMultiThreading", "MaxDegreeOfParallelism", "UseSingleThread",
        ],
        ["System.Exception"] = ["TargetSite"],
    };

    /// <summary>
    /// Members of allowed types that read or write memory without the runtime's checks although their names do
    /// not say so: the Vector loads and stores at an address (they take pointers, refused anyway, and are listed
    /// so that no overload taking a <c>ref</c> slips through). Audited over System, System.Numerics, System.Text,
    /// System.Collections*, System.Linq, System.Globalization and MathNet.Numerics; every other member named
    /// Unsafe or Dangerous is caught by name.
    /// </summary>
    private static readonly Dictionary<string, string[]> UncheckedMembers = new(StringComparer.Ordinal)
    {
        ["System.Numerics.Vector"] = ["Load", "LoadAligned", "LoadAlignedNonTemporal", "Store", "StoreAligned", "StoreAlignedNonTemporal"],
        ["System.Numerics.Vector`1"] = ["Load", "LoadAligned", "LoadAlignedNonTemporal", "Store", "StoreAligned", "StoreAlignedNonTemporal"],
        ["System.Numerics.Vector2"] = ["Load", "LoadAligned", "LoadAlignedNonTemporal", "Store", "StoreAligned", "StoreAlignedNonTemporal"],
        ["System.Numerics.Vector3"] = ["Load", "LoadAligned", "LoadAlignedNonTemporal", "Store", "StoreAligned", "StoreAlignedNonTemporal"],
        ["System.Numerics.Vector4"] = ["Load", "LoadAligned", "LoadAlignedNonTemporal", "Store", "StoreAligned", "StoreAlignedNonTemporal"],
        ["System.Buffer"] = ["MemoryCopy"],
    };

    /// <summary>Why a library type may not be used, or null when it may.</summary>
    public static string? JudgeType(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return JudgeType(array.ElementType);
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return PolicyReasons.Unsafe;
            case IDynamicTypeSymbol:
                return PolicyReasons.Dynamic;
            case INamedTypeSymbol { TypeKind: TypeKind.Error }:
                return null; // A type that did not bind is the compiler's error to report, not the policy's.
            case INamedTypeSymbol named:
                if (named.TypeArguments.Select(JudgeType).FirstOrDefault(reason => reason is not null) is { } argument)
                {
                    return argument;
                }

                return IsFromSource(named) ? null : JudgeLibraryType(Outermost(named));
            default:
                return null;
        }
    }

    /// <summary>Why a library member (method, property, field, event) may not be used, or null when it may.</summary>
    public static string? JudgeMember(ISymbol member)
    {
        if (member.ContainingType is not { } owner || IsFromSource(owner))
        {
            return null;
        }

        if (owner.TypeArguments.Select(JudgeType).FirstOrDefault(reason => reason is not null) is { } argument)
        {
            return argument;
        }

        var outermost = Outermost(owner);
        var ns = outermost.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : "";
        return JudgeLibraryMember(ns, MetadataName(outermost.OriginalDefinition), MetadataName(owner.OriginalDefinition), member.Name)
            ?? (member is IMethodSymbol { IsExtern: true } ? PolicyReasons.Native : null);
    }

    /// <summary>
    /// Why a library member may not be used, by names alone (the semantic walk and the metadata check share it).
    /// </summary>
    /// <param name="ns">The namespace of the outermost type around the member.</param>
    /// <param name="outermostName">That outermost type's metadata name with its namespace (<c>System.Console</c>).</param>
    /// <param name="ownerName">The member's own type's metadata name with the namespace (<c>System.Numerics.Vector`1</c>).</param>
    public static string? JudgeLibraryMember(string ns, string outermostName, string ownerName, string memberName)
    {
        // A type's name (e.GetType().Name) is declared on MemberInfo; any other way to a MemberInfo is refused reflection.
        if (memberName == "Name" && ownerName == "System.Reflection.MemberInfo")
        {
            return null;
        }

        if (JudgeLibraryType(ns, outermostName) is { } ownerReason)
        {
            return ownerReason;
        }

        if (ownerName == "System.Type" && !AllowedTypeMembers.Contains(memberName))
        {
            return PolicyReasons.Reflection;
        }

        if (DeniedMembers.TryGetValue(ownerName, out var names) && names.Contains(memberName, StringComparer.Ordinal))
        {
            return ownerName == "MathNet.Numerics.Control" ? PolicyReasons.Native : ownerName == "System.Console" ? PolicyReasons.ConsoleInput : PolicyReasons.Reflection;
        }

        return BypassesChecks(ownerName, memberName) ? PolicyReasons.UncheckedMemory : null;
    }

    /// <summary>
    /// Members of allowed types that skip the runtime's bounds or type checks: anything named <c>*Unsafe*</c> or
    /// <c>Dangerous*</c> (<c>Vector.LoadUnsafe(ref array[0], offset)</c> reads past an array's end without the
    /// unsafe keyword), and the explicit list <see cref="UncheckedMembers"/> for those named otherwise.
    /// </summary>
    public static bool BypassesChecks(string ownerMetadataName, string memberName) =>
        memberName.Contains("Unsafe", StringComparison.OrdinalIgnoreCase)
        || memberName.StartsWith("Dangerous", StringComparison.Ordinal)
        || (UncheckedMembers.TryGetValue(ownerMetadataName, out var names) && names.Contains(memberName, StringComparer.Ordinal));

    /// <summary>Whether types of this namespace may be used (before the type and member exceptions).</summary>
    public static bool IsAllowedNamespace(string ns) =>
        AllowedNamespaces.Contains(ns, StringComparer.Ordinal)
        || AllowedNamespacePrefixes.Any(prefix => ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal));

    private static string? JudgeLibraryType(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : "";
        return JudgeLibraryType(ns, MetadataName(type.OriginalDefinition));
    }

    /// <summary>Why a library type may not be used, by its outermost type's namespace and metadata name (<c>System.IO.File</c>).</summary>
    public static string? JudgeLibraryType(string ns, string outermostName)
    {
        if (DeniedTypes.TryGetValue(outermostName, out var denied))
        {
            return denied;
        }

        if (outermostName == "System.IO.TextWriter")
        {
            return null; // Console.Out and Console.Error are TextWriters; none of its members opens a file.
        }

        if (IsAllowedNamespace(ns))
        {
            return null;
        }

        return DeniedNamespaces.FirstOrDefault(d => Matches(ns, d.Prefix)).Reason ?? PolicyReasons.NotNeeded;
    }

    private static bool Matches(string ns, string prefix) =>
        ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal);

    private static INamedTypeSymbol Outermost(INamedTypeSymbol type)
    {
        while (type.ContainingType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static bool IsFromSource(ISymbol symbol) => symbol.Locations.Any(location => location.IsInSource);

    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;
}
