using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Hw3.Grader.Compiler.Metadata;

/// <summary>
/// Reads the emitted assembly's metadata (not the source's names) and lists what a homework answer may not
/// compile to: explicit layout, field offsets and layout sizes on the student's types; a module initializer
/// (<c>&lt;Module&gt;.cctor</c>, or a method carrying the attribute); P/Invoke (ImplMap rows, pinvokeimpl,
/// internalcall, native or unmanaged code, a method without a body); marshalling and security tables; pointers,
/// function pointers and pinned locals in any signature (definitions, references, locals, type specs); type
/// forwards; the <see cref="SpecialAttributes"/>; and every library member the IL calls, judged by the
/// allow-list again (<see cref="ReferenceCheck"/>). It holds on its own: an assembly compiled without the
/// source policy, from look-alike attributes in the student's own namespace System.*, is refused all the same.
/// Types whose names start with '&lt;' are the compiler's own (C# cannot name them): their array-initialiser
/// data and inline-array buffers are allowed.
/// </summary>
public static class AssemblyMetadataCheck
{
    public static IReadOnlyList<MetadataFinding> Check(byte[] image)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var pe = new PEReader(new MemoryStream(image, writable: false));
        var reader = pe.GetMetadataReader();
        var found = new List<MetadataFinding>();
        var pointers = new PointerFinder(reader);

        foreach (var handle in reader.TypeDefinitions)
        {
            CheckType(reader, pe, pointers, handle, found);
        }

        CheckTables(reader, found);
        CheckAttributes(reader, found);
        CheckReferences(reader, pointers, found);
        ReferenceCheck.Check(reader, pe, found);
        return found;
    }

    private static void CheckType(MetadataReader reader, PEReader pe, PointerFinder pointers, TypeDefinitionHandle handle, List<MetadataFinding> found)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = TypeName(reader, handle);
        var generated = IsCompilerGenerated(reader, handle);
        void Add(string? member, string reason) => found.Add(new MetadataFinding(name, member, reason));

        // The compiler's array-initialiser blobs (<PrivateImplementationDetails>+__StaticArrayInitTypeSize=N) have
        // explicit layout and no fields.
        if ((type.Attributes & TypeAttributes.LayoutMask) == TypeAttributes.ExplicitLayout && !generated)
        {
            Add(null, "explicit layout overlays fields (an unchecked cast between types)");
        }

        if ((type.Attributes & TypeAttributes.Import) != 0)
        {
            Add(null, "a COM import type is native code");
        }

        var layout = type.GetLayout();
        var instanceFields = type.GetFields().Select(reader.GetFieldDefinition).Count(f => (f.Attributes & FieldAttributes.Static) == 0);
        // The compiler gives an empty struct size 1 and its own array-initialiser blobs a size.
        if (!layout.IsDefault && !generated && !(layout.Size == 1 && layout.PackingSize == 0 && instanceFields == 0))
        {
            Add(null, "a fixed layout size or packing (StructLayout) is not a homework answer's business");
        }

        foreach (var fieldHandle in type.GetFields())
        {
            var field = reader.GetFieldDefinition(fieldHandle);
            var fieldName = reader.GetString(field.Name);
            if (field.GetOffset() != -1)
            {
                Add(fieldName, "a field offset overlays fields (an unchecked cast between types)");
            }

            if (!field.GetMarshallingDescriptor().IsNil)
            {
                Add(fieldName, "marshalling is native code and interop");
            }

            if ((field.Attributes & FieldAttributes.HasFieldRVA) != 0 && !generated)
            {
                Add(fieldName, "a field mapped onto the assembly's image is unsafe code");
            }

            if (field.DecodeSignature(pointers, null))
            {
                Add(fieldName, "a pointer type is unsafe code");
            }
        }

        var isDelegate = BaseTypeName(reader, type) == "System.MulticastDelegate";
        foreach (var methodHandle in type.GetMethods())
        {
            CheckMethod(reader, pe, pointers, methodHandle, name, isDelegate, found);
        }
    }

    private static void CheckMethod(
        MetadataReader reader, PEReader pe, PointerFinder pointers, MethodDefinitionHandle handle, string typeName, bool isDelegate, List<MetadataFinding> found)
    {
        var method = reader.GetMethodDefinition(handle);
        var name = reader.GetString(method.Name);
        void Add(string reason) => found.Add(new MetadataFinding(typeName, name, reason));

        if (typeName == "<Module>" && name == ".cctor")
        {
            Add("a module initializer runs code when the assembly loads");
        }

        var code = method.ImplAttributes & MethodImplAttributes.CodeTypeMask;
        if ((method.Attributes & MethodAttributes.PinvokeImpl) != 0 || !method.GetImport().Module.IsNil)
        {
            Add("a P/Invoke method is native code and interop");
        }
        else if ((method.ImplAttributes & (MethodImplAttributes.InternalCall | MethodImplAttributes.Unmanaged)) != 0
            || code == MethodImplAttributes.Native
            || (code == MethodImplAttributes.Runtime && !isDelegate))
        {
            Add("a method implemented by the runtime or native code is not a homework answer's business");
        }
        else if (method.RelativeVirtualAddress == 0 && (method.Attributes & MethodAttributes.Abstract) == 0 && code != MethodImplAttributes.Runtime)
        {
            Add("a method without a body (extern) is native code");
        }

        if (PointerFinder.Any(method.DecodeSignature(pointers, null)))
        {
            Add("a pointer type in a signature is unsafe code");
        }

        if (method.RelativeVirtualAddress != 0)
        {
            var body = pe.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil
                && reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(pointers, null).Contains(true))
            {
                Add("a pointer or pinned local is unsafe code");
            }
        }
    }

    /// <summary>Tables no C# homework answer fills: P/Invoke maps, marshalling, security, type forwards.</summary>
    private static void CheckTables(MetadataReader reader, List<MetadataFinding> found)
    {
        if (reader.GetTableRowCount(TableIndex.ImplMap) > 0)
        {
            found.Add(new MetadataFinding(null, null, "P/Invoke (DllImport) is native code and interop"));
        }

        if (reader.GetTableRowCount(TableIndex.FieldMarshal) > 0)
        {
            found.Add(new MetadataFinding(null, null, "marshalling is native code and interop"));
        }

        if (reader.GetTableRowCount(TableIndex.DeclSecurity) > 0)
        {
            found.Add(new MetadataFinding(null, null, "security declarations are not a homework answer's business"));
        }

        if (reader.GetTableRowCount(TableIndex.ExportedType) > 0)
        {
            found.Add(new MetadataFinding(null, null, "a type forward makes the assembly stand in for another one"));
        }
    }

    private static void CheckAttributes(MetadataReader reader, List<MetadataFinding> found)
    {
        foreach (var handle in reader.CustomAttributes)
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (AttributeTypeName(reader, attribute) is not { } attributeName
                || !SpecialAttributes.Refused.TryGetValue(attributeName, out var reason))
            {
                continue;
            }

            var (typeName, memberName, generated) = Owner(reader, attribute.Parent);
            if (generated && attributeName == "System.Runtime.CompilerServices.InlineArrayAttribute")
            {
                continue; // Collection expressions over spans make such buffers; only the compiler indexes them.
            }

            found.Add(new MetadataFinding(typeName, memberName, $"[{ShortName(attributeName)}]: {reason}"));
        }
    }

    /// <summary>Pointers in what the assembly calls or names: member references, type specifications, stand-alone signatures.</summary>
    private static void CheckReferences(MetadataReader reader, PointerFinder pointers, List<MetadataFinding> found)
    {
        foreach (var handle in reader.MemberReferences)
        {
            var reference = reader.GetMemberReference(handle);
            if (IsStackallocSpan(reader, reference))
            {
                continue;
            }

            var unsafeSignature = reference.GetKind() == MemberReferenceKind.Method
                ? PointerFinder.Any(reference.DecodeMethodSignature(pointers, null))
                : reference.DecodeFieldSignature(pointers, null);
            if (unsafeSignature)
            {
                found.Add(new MetadataFinding(null, reader.GetString(reference.Name), "a pointer type in a signature is unsafe code"));
            }
        }

        for (var row = 1; row <= reader.GetTableRowCount(TableIndex.TypeSpec); row++)
        {
            if (reader.GetTypeSpecification(MetadataTokens.TypeSpecificationHandle(row)).DecodeSignature(pointers, null))
            {
                found.Add(new MetadataFinding(null, null, "a pointer type is unsafe code"));
            }
        }

        for (var row = 1; row <= reader.GetTableRowCount(TableIndex.StandAloneSig); row++)
        {
            var signature = reader.GetStandaloneSignature(MetadataTokens.StandaloneSignatureHandle(row));
            var unsafeSignature = signature.GetKind() == StandaloneSignatureKind.Method
                ? PointerFinder.Any(signature.DecodeMethodSignature(pointers, null))
                : signature.DecodeLocalSignature(pointers, null).Contains(true);
            if (unsafeSignature)
            {
                found.Add(new MetadataFinding(null, null, "a pointer or pinned local is unsafe code"));
            }
        }
    }

    /// <summary>
    /// <c>Span&lt;T&gt;(void*, int)</c> and its read-only twin: the compiler calls them for <c>Span&lt;int&gt; s = stackalloc int[4];</c>,
    /// which is safe code; without the unsafe option no C# can hand them a pointer of its own.
    /// </summary>
    private static bool IsStackallocSpan(MetadataReader reader, MemberReference reference)
    {
        if (reader.GetString(reference.Name) != ".ctor" || reference.Parent.Kind != HandleKind.TypeSpecification)
        {
            return false;
        }

        var blob = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)reference.Parent).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
        {
            return false;
        }

        blob.ReadSignatureTypeCode();
        var generic = blob.ReadTypeHandle();
        return generic.Kind == HandleKind.TypeReference
            && TypeName(reader, (TypeReferenceHandle)generic) is "System.Span`1" or "System.ReadOnlySpan`1";
    }

    /// <summary>Which type and member an attribute sits on, and whether that type is the compiler's own.</summary>
    private static (string? Type, string? Member, bool Generated) Owner(MetadataReader reader, EntityHandle parent)
    {
        switch (parent.Kind)
        {
            case HandleKind.TypeDefinition:
                var type = (TypeDefinitionHandle)parent;
                return (TypeName(reader, type), null, IsCompilerGenerated(reader, type));
            case HandleKind.MethodDefinition:
                var method = reader.GetMethodDefinition((MethodDefinitionHandle)parent);
                return (TypeName(reader, method.GetDeclaringType()), reader.GetString(method.Name), IsCompilerGenerated(reader, method.GetDeclaringType()));
            case HandleKind.FieldDefinition:
                var field = reader.GetFieldDefinition((FieldDefinitionHandle)parent);
                return (TypeName(reader, field.GetDeclaringType()), reader.GetString(field.Name), IsCompilerGenerated(reader, field.GetDeclaringType()));
            default:
                return (null, null, false);
        }
    }

    private static string? AttributeTypeName(MetadataReader reader, CustomAttribute attribute)
    {
        var owner = attribute.Constructor.Kind switch
        {
            HandleKind.MethodDefinition => (EntityHandle)reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
            HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
            _ => default,
        };
        return owner.Kind switch
        {
            HandleKind.TypeDefinition => TypeName(reader, (TypeDefinitionHandle)owner),
            HandleKind.TypeReference => TypeName(reader, (TypeReferenceHandle)owner),
            _ => null,
        };
    }

    private static string? BaseTypeName(MetadataReader reader, TypeDefinition type) => type.BaseType.IsNil ? null : type.BaseType.Kind switch
    {
        HandleKind.TypeReference => TypeName(reader, (TypeReferenceHandle)type.BaseType),
        HandleKind.TypeDefinition => TypeName(reader, (TypeDefinitionHandle)type.BaseType),
        _ => null,
    };

    /// <summary>Namespace.Name, nested types joined by '+' (as <c>GetTypeByMetadataName</c> reads them).</summary>
    public static string TypeName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return TypeName(reader, declaring) + "+" + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private static string TypeName(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return TypeName(reader, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>A type the compiler made: its name, or an enclosing type's, starts with '&lt;' (C# cannot declare such names).</summary>
    private static bool IsCompilerGenerated(MetadataReader reader, TypeDefinitionHandle handle)
    {
        for (var current = handle; !current.IsNil; current = reader.GetTypeDefinition(current).GetDeclaringType())
        {
            if (reader.GetString(reader.GetTypeDefinition(current).Name).StartsWith('<'))
            {
                return true;
            }
        }

        return false;
    }

    private static string ShortName(string fullName) => fullName[(fullName.LastIndexOf('.') + 1)..];
}
