using Mono.Cecil;

namespace Hw3.Grader.Tests.Layering;

/// <summary>
/// Which namespaces of an assembly use which, read from its IL: signatures, fields, base types and every type,
/// method and field a method body names (a dependency made only inside a lambda counts too). Namespaces are grouped
/// by their first segment below the root (<c>Hw3.Grader.Checks.Kinds.Grid</c> is <c>Checks</c>).
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly Dictionary<string, SortedSet<string>> _edges = new(StringComparer.Ordinal);
    private readonly Dictionary<(string From, string To), string> _witness = [];

    public NamespaceGraph(IEnumerable<(string From, string To, string Witness)> edges)
    {
        foreach (var (from, to, witness) in edges.Where(e => e.From != e.To))
        {
            Edges(from).Add(to);
            Edges(to);
            _witness.TryAdd((from, to), witness);
        }
    }

    public IReadOnlyCollection<string> Nodes => _edges.Keys;

    public bool DependsOn(string from, string to) => _edges.TryGetValue(from, out var targets) && targets.Contains(to);

    /// <summary>A type of <paramref name="from"/> that uses <paramref name="to"/>, e.g. <c>Grading.GradingSession → Checks.CheckFactory</c>.</summary>
    public string Witness(string from, string to) => _witness[(from, to)];

    /// <param name="depth">How many namespace segments below <paramref name="root"/> name a node (1: <c>Reporting</c>; 2: <c>Reporting.Student</c>).</param>
    public static NamespaceGraph Read(string assemblyPath, string root, int depth = 1)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var edges = new List<(string, string, string)>();
        foreach (var type in module.GetTypes())
        {
            if (Group(Outermost(type).Namespace, root, depth) is not { } from)
            {
                continue;
            }

            foreach (var used in Uses(type).SelectMany(Flatten).Where(t => t.Scope is ModuleDefinition))
            {
                if (Group(Outermost(used).Namespace, root, depth) is { } to)
                {
                    edges.Add((from, to, $"{Outermost(type).FullName} → {Outermost(used).FullName}"));
                }
            }
        }

        return new NamespaceGraph(edges);
    }

    /// <summary>The strongly connected groups of two or more namespaces: each is a cycle (Tarjan's algorithm).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var cycles = new List<IReadOnlyList<string>>();
        foreach (var node in _edges.Keys.Order(StringComparer.Ordinal).Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return cycles;

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in _edges[node])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string popped;
                do
                {
                    popped = stack.Pop();
                    component.Add(popped);
                }
                while (popped != node);

                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }
    }

    private SortedSet<string> Edges(string node) =>
        _edges.TryGetValue(node, out var set) ? set : _edges[node] = new SortedSet<string>(StringComparer.Ordinal);

    private static string? Group(string ns, string root, int depth) =>
        ns == root ? "(root)" : ns.StartsWith(root + ".", StringComparison.Ordinal) ? string.Join('.', ns[(root.Length + 1)..].Split('.').Take(depth)) : null;

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static IEnumerable<TypeReference> Uses(TypeDefinition type)
    {
        if (type.BaseType is not null)
        {
            yield return type.BaseType;
        }

        foreach (var implemented in type.Interfaces)
        {
            yield return implemented.InterfaceType;
        }

        foreach (var field in type.Fields)
        {
            yield return field.FieldType;
        }

        foreach (var method in type.Methods)
        {
            yield return method.ReturnType;
            foreach (var parameter in method.Parameters)
            {
                yield return parameter.ParameterType;
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (var local in method.Body.Variables)
            {
                yield return local.VariableType;
            }

            foreach (var operand in method.Body.Instructions.Select(i => i.Operand))
            {
                switch (operand)
                {
                    case TypeReference named:
                        yield return named;
                        break;
                    case MethodReference called:
                        yield return called.DeclaringType;
                        yield return called.ReturnType;
                        foreach (var parameter in called.Parameters)
                        {
                            yield return parameter.ParameterType;
                        }

                        if (called is GenericInstanceMethod generic)
                        {
                            foreach (var argument in generic.GenericArguments)
                            {
                                yield return argument;
                            }
                        }

                        break;
                    case FieldReference field:
                        yield return field.DeclaringType;
                        yield return field.FieldType;
                        break;
                }
            }
        }
    }

    /// <summary>A type and every type it is built from: <c>List&lt;RubricItem&gt;[]</c> names List and RubricItem.</summary>
    private static IEnumerable<TypeReference> Flatten(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                yield return generic.ElementType;
                foreach (var argument in generic.GenericArguments.SelectMany(Flatten))
                {
                    yield return argument;
                }

                break;
            case TypeSpecification specification:
                foreach (var inner in Flatten(specification.ElementType))
                {
                    yield return inner;
                }

                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }
}
