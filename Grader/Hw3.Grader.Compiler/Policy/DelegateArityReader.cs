using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace Hw3.Grader.Compiler.Policy;

/// <summary>
/// Decodes a library signature's types far enough to tell, for a parameter, how many parameters the lambda it
/// takes has: <c>Func&lt;T, TResult&gt;</c> → 1, <c>Action&lt;T1, T2&gt;</c> → 2, <c>Comparison&lt;T&gt;</c> → 2,
/// <c>Expression&lt;Func&lt;T, bool&gt;&gt;</c> → 1; null for anything else (the delegates of the allowed
/// namespaces are these). A lambda with another number of parameters is refused by that overload before its
/// body is bound, so it costs overload resolution nothing.
/// </summary>
internal sealed class DelegateArityReader : ISignatureTypeProvider<DelegateArityReader.Shape, object?>
{
    /// <summary>A type by its full metadata name (generic types without arguments) and the lambda arity it takes, if it is a delegate.</summary>
    internal sealed record Shape(string? Name, int? Arity);

    private static readonly Shape Other = new(null, null);

    public Shape GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
    {
        var type = reader.GetTypeReference(handle);
        return Named(reader.GetString(type.Namespace) + "." + reader.GetString(type.Name));
    }

    public Shape GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
    {
        var type = reader.GetTypeDefinition(handle);
        return Named(reader.GetString(type.Namespace) + "." + reader.GetString(type.Name));
    }

    public Shape GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public Shape GetGenericInstantiation(Shape genericType, ImmutableArray<Shape> typeArguments) => genericType.Name switch
    {
        "System.Linq.Expressions.Expression`1" => new Shape(null, typeArguments[0].Arity),
        _ => genericType,
    };

    public Shape GetModifiedType(Shape modifier, Shape unmodifiedType, bool isRequired) => unmodifiedType;

    public Shape GetArrayType(Shape elementType, ArrayShape shape) => Other;

    public Shape GetSZArrayType(Shape elementType) => Other;

    public Shape GetByReferenceType(Shape elementType) => Other;

    public Shape GetPointerType(Shape elementType) => Other;

    public Shape GetPinnedType(Shape elementType) => Other;

    public Shape GetFunctionPointerType(MethodSignature<Shape> signature) => Other;

    public Shape GetGenericMethodParameter(object? genericContext, int index) => Other;

    public Shape GetGenericTypeParameter(object? genericContext, int index) => Other;

    public Shape GetPrimitiveType(PrimitiveTypeCode typeCode) => Other;

    private static Shape Named(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        var generic = tick < 0 ? 0 : int.Parse(name.AsSpan(tick + 1), System.Globalization.CultureInfo.InvariantCulture);
        var arity = (tick < 0 ? name : name[..tick]) switch
        {
            "System.Func" => generic - 1,
            "System.Action" => generic,
            "System.Predicate" or "System.Converter" => 1,
            "System.Comparison" => 2,
            _ => (int?)null,
        };
        return new Shape(name, arity);
    }
}
