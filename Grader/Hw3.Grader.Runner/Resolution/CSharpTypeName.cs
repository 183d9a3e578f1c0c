namespace Hw3.Grader.Runner.Resolution;

/// <summary>Types written the way a student wrote them in C#: <c>int</c>, <c>double[]</c>, <c>Func&lt;double[], double&gt;</c>.</summary>
internal static class CSharpTypeName
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(bool)] = "bool",
        [typeof(byte)] = "byte",
        [typeof(sbyte)] = "sbyte",
        [typeof(char)] = "char",
        [typeof(decimal)] = "decimal",
        [typeof(double)] = "double",
        [typeof(float)] = "float",
        [typeof(int)] = "int",
        [typeof(uint)] = "uint",
        [typeof(long)] = "long",
        [typeof(ulong)] = "ulong",
        [typeof(short)] = "short",
        [typeof(ushort)] = "ushort",
        [typeof(object)] = "object",
        [typeof(string)] = "string",
        [typeof(void)] = "void",
        [typeof(nint)] = "nint",
        [typeof(nuint)] = "nuint",
    };

    public static string Of(Type type)
    {
        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        if (type.IsByRef)
        {
            return "ref " + Of(type.GetElementType()!);
        }

        if (type.IsPointer)
        {
            return Of(type.GetElementType()!) + "*";
        }

        if (type.IsArray)
        {
            return Of(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Of(underlying) + "?";
        }

        if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments().Select(Of).ToList();
            if (type.FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true && arguments.Count > 1)
            {
                return "(" + string.Join(", ", arguments) + ")";
            }

            var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
            var name = tick < 0 ? type.Name : type.Name[..tick];
            return name + "<" + string.Join(", ", arguments) + ">";
        }

        return type.Name;
    }

    /// <summary>The same name without white space, so <c>Func&lt;double[],double&gt;</c> matches <c>Func&lt;double[], double&gt;</c>.</summary>
    public static string Normalize(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c)));
}
