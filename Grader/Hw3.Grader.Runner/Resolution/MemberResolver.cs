using System.Reflection;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Runner.Resolution;

/// <summary>
/// Finds the static member a call names. With parameter types, a method with exactly those types;
/// without, a property, field, constant or parameterless method. Near misses are explained in plain
/// words: the member is missing, has other parameters, or is not static.
/// </summary>
internal static class MemberResolver
{
    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.FlattenHierarchy;

    public static Resolution<ResolvedMember> Resolve(Type type, string typeName, string memberName, IReadOnlyList<string>? parameterTypes)
    {
        var members = type.GetMember(memberName, Everything);
        if (members.Length == 0)
        {
            return Resolution<ResolvedMember>.Failed(CallStatus.MemberMissing, ExplainMissing(type, typeName, memberName));
        }

        return parameterTypes is null
            ? ResolveValue(members, typeName, memberName)
            : ResolveMethod(members, typeName, memberName, parameterTypes);
    }

    private static Resolution<ResolvedMember> ResolveValue(MemberInfo[] members, string typeName, string memberName)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case PropertyInfo { GetMethod: { IsStatic: true } getter } property when property.GetIndexParameters().Length == 0:
                    return Resolution<ResolvedMember>.Found(new ResolvedMember([], _ => CallMethod(getter, [])));
                case FieldInfo { IsStatic: true } field:
                    return Resolution<ResolvedMember>.Found(new ResolvedMember([], _ => field.GetValue(null)));
                case MethodInfo { IsStatic: true, IsGenericMethodDefinition: false } method when method.GetParameters().Length == 0:
                    return Resolution<ResolvedMember>.Found(new ResolvedMember([], _ => CallMethod(method, [])));
            }
        }

        var expected = $"{typeName}.{memberName}";
        return members.Any(IsInstanceValue)
            ? Resolution<ResolvedMember>.Failed(CallStatus.SignatureMismatch, $"{expected} must be static")
            : Resolution<ResolvedMember>.Failed(CallStatus.SignatureMismatch, $"found {Describe(members, typeName)}; expected {expected}");
    }

    private static Resolution<ResolvedMember> ResolveMethod(MemberInfo[] members, string typeName, string memberName, IReadOnlyList<string> parameterTypes)
    {
        var wanted = parameterTypes.Select(CSharpTypeName.Normalize).ToList();
        var expected = $"{typeName}.{memberName}({string.Join(", ", parameterTypes)})";
        var exact = members.OfType<MethodInfo>()
            .Where(m => !m.IsGenericMethodDefinition)
            .Where(m => m.GetParameters().Select(p => CSharpTypeName.Normalize(CSharpTypeName.Of(p.ParameterType))).SequenceEqual(wanted, StringComparer.Ordinal))
            .ToList();

        if (exact.FirstOrDefault(m => m.IsStatic) is { } method)
        {
            var types = method.GetParameters().Select(p => p.ParameterType).ToList();
            return Resolution<ResolvedMember>.Found(new ResolvedMember(types, arguments => CallMethod(method, arguments)));
        }

        return exact.Count > 0
            ? Resolution<ResolvedMember>.Failed(CallStatus.SignatureMismatch, $"{expected} must be static")
            : Resolution<ResolvedMember>.Failed(CallStatus.SignatureMismatch, $"found {Describe(members, typeName)}; expected {expected}");
    }

    private static object? CallMethod(MethodInfo method, object?[] arguments) =>
        method.Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, null);

    private static bool IsInstanceValue(MemberInfo member) => member switch
    {
        PropertyInfo property => property.GetMethod is { IsStatic: false },
        FieldInfo field => !field.IsStatic,
        MethodInfo method => !method.IsStatic && method.GetParameters().Length == 0,
        _ => false,
    };

    private static string Describe(MemberInfo[] members, string typeName) =>
        string.Join(" and ", members.Select(m => Describe(m, typeName)).Distinct().Order(StringComparer.Ordinal));

    private static string Describe(MemberInfo member, string typeName)
    {
        var name = $"{typeName}.{member.Name}";
        return member switch
        {
            MethodInfo method => $"{name}({string.Join(", ", method.GetParameters().Select(p => CSharpTypeName.Of(p.ParameterType)))})",
            PropertyInfo => "property " + name,
            FieldInfo { IsLiteral: true } => "constant " + name,
            FieldInfo => "field " + name,
            EventInfo => "event " + name,
            Type => "class " + name,
            _ => name,
        };
    }

    private static string ExplainMissing(Type type, string typeName, string memberName)
    {
        var other = type.GetMembers(Everything)
            .Select(m => m.Name)
            .Where(n => string.Equals(n, memberName, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        return other is null
            ? $"{typeName} has no member {memberName}"
            : $"{typeName} has no member {memberName} (there is {typeName}.{other}; names are case-sensitive)";
    }
}
