namespace Hw3.Grader.Compiler.Metadata;

/// <summary>
/// Custom attributes that the C# compiler or the .NET runtime acts on by namespace and name, wherever they are
/// declared, and that take code outside the checks the source policy relies on. Collected from Roslyn's
/// <c>AttributeDescription</c>/<c>WellKnownType</c> lists and the runtime's attribute lookups (coreclr
/// <c>g_*Attribute</c> names): layout and marshalling are pseudo-attributes that become metadata flags and
/// tables (checked by <see cref="AssemblyMetadataCheck"/> directly), these stay custom attributes.
/// Attributes the compiler emits on its own (Nullable, IsReadOnly, CompilerGenerated, …) are harmless and not
/// listed; InlineArray is allowed on the compiler's own types (collection expressions make them).
/// </summary>
public static class SpecialAttributes
{
    public static IReadOnlyDictionary<string, string> Refused { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["System.Runtime.CompilerServices.ModuleInitializerAttribute"] = "a module initializer runs code when the assembly loads",
        ["System.Runtime.CompilerServices.InlineArrayAttribute"] = "an inline array lays out elements the runtime does not bounds-check through a ref",
        ["System.Runtime.CompilerServices.UnsafeAccessorAttribute"] = "an unsafe accessor reaches private members of other types",
        ["System.Runtime.CompilerServices.UnsafeAccessorTypeAttribute"] = "an unsafe accessor reaches private members of other types",
        ["System.Runtime.CompilerServices.IgnoresAccessChecksToAttribute"] = "it switches off the runtime's access checks",
        ["System.Runtime.CompilerServices.SkipLocalsInitAttribute"] = "it leaves locals uninitialised (old stack contents become readable)",
        ["System.Runtime.CompilerServices.InterceptsLocationAttribute"] = "an interceptor replaces calls the policy judged with other code",
        ["System.Runtime.CompilerServices.FixedBufferAttribute"] = "a fixed-size buffer is unsafe code",
        ["System.Runtime.CompilerServices.UnsafeValueTypeAttribute"] = "a fixed-size buffer is unsafe code",
        ["System.Runtime.CompilerServices.TypeForwardedToAttribute"] = "a type forward makes the assembly stand in for another one",
        ["System.Runtime.CompilerServices.IntrinsicAttribute"] = "the JIT replaces intrinsics with code of its own",
        ["System.Runtime.CompilerServices.RuntimeFeatureAttribute"] = "it is for the runtime's own assemblies",
        ["System.Runtime.CompilerServices.MethodImplAttribute"] = "it tells the runtime how a method is implemented",
        ["System.Runtime.InteropServices.UnmanagedCallersOnlyAttribute"] = "native code and interop",
        ["System.Runtime.InteropServices.DllImportAttribute"] = "native code and interop",
        ["System.Runtime.InteropServices.LibraryImportAttribute"] = "native code and interop",
        ["System.Runtime.InteropServices.DefaultDllImportSearchPathsAttribute"] = "native code and interop",
        ["System.Runtime.CompilerServices.DisableRuntimeMarshallingAttribute"] = "native code and interop",
        ["System.Runtime.InteropServices.DynamicInterfaceCastableImplementationAttribute"] = "it changes how the runtime casts objects",
        ["System.Runtime.InteropServices.ComImportAttribute"] = "native code and interop",
        ["System.Runtime.InteropServices.StructLayoutAttribute"] = "explicit layout overlays fields (an unchecked cast between types)",
        ["System.Runtime.InteropServices.FieldOffsetAttribute"] = "explicit layout overlays fields (an unchecked cast between types)",
        ["System.Runtime.InteropServices.MarshalAsAttribute"] = "native code and interop",
        ["System.Reflection.Metadata.MetadataUpdateHandlerAttribute"] = "the runtime calls a metadata-update handler on its own",
        ["System.Security.UnverifiableCodeAttribute"] = "unsafe code",
    };
}
