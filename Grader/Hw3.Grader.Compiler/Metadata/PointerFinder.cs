using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace Hw3.Grader.Compiler.Metadata;

/// <summary>
/// Decodes a signature into one answer: does it mention a pointer, a function pointer or a pinned local
/// anywhere (element types, generic arguments, array elements, refs)? Each of those is unsafe code.
/// </summary>
internal sealed class PointerFinder(MetadataReader reader) : ISignatureTypeProvider<bool, object?>
{
    public bool GetPointerType(bool elementType) => true;

    public bool GetFunctionPointerType(MethodSignature<bool> signature) => true;

    public bool GetPinnedType(bool elementType) => true;

    public bool GetArrayType(bool elementType, ArrayShape shape) => elementType;

    public bool GetSZArrayType(bool elementType) => elementType;

    public bool GetByReferenceType(bool elementType) => elementType;

    public bool GetGenericInstantiation(bool genericType, ImmutableArray<bool> typeArguments) => genericType || typeArguments.Contains(true);

    public bool GetModifiedType(bool modifier, bool unmodifiedType, bool isRequired) => unmodifiedType;

    public bool GetGenericMethodParameter(object? genericContext, int index) => false;

    public bool GetGenericTypeParameter(object? genericContext, int index) => false;

    public bool GetPrimitiveType(PrimitiveTypeCode typeCode) => false;

    public bool GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind) => false;

    public bool GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind) => false;

    public bool GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public static bool Any(MethodSignature<bool> signature) => signature.ReturnType || signature.ParameterTypes.Contains(true);
}
