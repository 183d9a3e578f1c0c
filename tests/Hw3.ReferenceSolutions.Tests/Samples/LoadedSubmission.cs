using System.Reflection;
using System.Runtime.Loader;

namespace Hw3.ReferenceSolutions.Tests.Samples;

/// <summary>
/// A compiled submission loaded into its own collectible load context. Members are called by the
/// exact parameter types of the answer API; exceptions thrown by student code propagate unwrapped.
/// </summary>
internal sealed class LoadedSubmission : IDisposable
{
    private const BindingFlags PublicStatic = BindingFlags.Public | BindingFlags.Static;

    private readonly AssemblyLoadContext _context;
    private readonly Assembly _assembly;
    private readonly string? _scriptClassName;

    public LoadedSubmission(CompilationOutcome outcome)
    {
        if (outcome.Image is null)
        {
            throw new ArgumentException("the submission did not compile:" + Environment.NewLine + outcome.Describe(), nameof(outcome));
        }

        _scriptClassName = outcome.ScriptClassName;
        _context = new AssemblyLoadContext("submission-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        using var image = new MemoryStream(outcome.Image);
        _assembly = _context.LoadFromStream(image);
    }

    /// <summary>The answer class, top-level or (in a script) nested in the script class.</summary>
    public Type AnswerType(string name) =>
        _assembly.GetTypes().SingleOrDefault(t => t.Name == name && t.DeclaringType?.Name == _scriptClassName)
        ?? throw new InvalidOperationException($"the submission has no class {name}");

    /// <summary>Whether the submission defines the member with the API's exact parameter types.</summary>
    public bool Defines(AnswerApiMember member) =>
        _assembly.GetTypes().Any(t => t.Name == member.TypeName && t.DeclaringType?.Name == _scriptClassName)
        && (member.IsProperty ? FindProperty(member) is not null : FindMethod(member) is not null);

    /// <summary>
    /// The method with exactly the API's parameter types. (Type.GetMethod's default binder would also
    /// accept widening conversions, e.g. find InitScale(double, double) for (int, int).)
    /// </summary>
    public MethodInfo? FindMethod(AnswerApiMember member) =>
        AnswerType(member.TypeName)
            .GetMethods(PublicStatic)
            .SingleOrDefault(m => m.Name == member.MemberName
                && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(member.ParameterTypes!));

    public PropertyInfo? FindProperty(AnswerApiMember member) =>
        AnswerType(member.TypeName).GetProperty(member.MemberName, PublicStatic);

    /// <summary>Reads a property (no arguments) or calls a method of the answer API.</summary>
    public object? Invoke(AnswerApiMember member, params object?[] arguments)
    {
        if (member.IsProperty)
        {
            var property = FindProperty(member) ?? throw new MissingMemberException(member.TypeName, member.MemberName);
            return property.GetMethod!.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [], null);
        }

        var method = FindMethod(member) ?? throw new MissingMethodException(member.TypeName, member.MemberName);
        return method.Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, null);
    }

    public T Get<T>(string id, params object?[] arguments) => (T)Invoke(AnswerApiMembers.Get(id), arguments)!;

    public void Dispose() => _context.Unload();
}
