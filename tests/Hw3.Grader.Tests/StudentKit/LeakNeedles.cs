using System.Globalization;
using System.Reflection;
using Hw3.Grader.AnswerApi;
using Hw3.Grader.Cli;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Rubrics;
using Hw3.Grader.Tests.Rubrics;

namespace Hw3.Grader.Tests.StudentKit;

/// <summary>
/// What must never be in the student kit: the ids of items not visible before the due date, the names of
/// ReferenceSolutions' namespaces, types and members, and every reference value on the rubric's inputs (each call
/// every item plans, every formula the rubric may accept for its member) as round-trip, 6 and 4 significant figures.
/// </summary>
public static class LeakNeedles
{
    /// <summary>Names that are also the answer API's, the runtime's or too short to mean anything on their own.</summary>
    private static readonly HashSet<string> CommonNames = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "Deconstruct", "PrintMembers", "EqualityContract", "GetType", "Finalize", "MemberwiseClone",
        "value__", "Invoke", "BeginInvoke", "EndInvoke", // what the compiler declares in every enum and delegate
        "Dispose", "GetEnumerator", "Current", "MoveNext", "Reset", "CompareTo", "Create", "Count", "Length", "Value", "Values", "Name", "Dimension",
    };

    private static readonly Lazy<IReadOnlyList<(string Token, string Why)>> RealRubricNeedles = new(() =>
        [.. All(RealRubric.Rubric)]);

    /// <summary>The needles of the real rubric, computed once per test run (the references take seconds of CPU).</summary>
    public static IReadOnlyList<(string Token, string Why)> ForRealRubric => RealRubricNeedles.Value;

    public static IEnumerable<(string Token, string Why)> All(Rubric rubric) =>
        HiddenItemIds(rubric).Concat(ReferenceNames()).Concat(ReferenceValues(rubric));

    /// <summary>Whether a needle is a type or member name (which the platform may share), not a namespace, an id or a value.</summary>
    public static bool IsName((string Token, string Why) needle) =>
        needle.Why.StartsWith(TypeWhy, StringComparison.Ordinal) || needle.Why.StartsWith(MemberWhy, StringComparison.Ordinal);

    private const string TypeWhy = "a ReferenceSolutions type";
    private const string MemberWhy = "a member of ReferenceSolutions'";

    public static IEnumerable<(string Token, string Why)> HiddenItemIds(Rubric rubric) =>
        rubric.Items.Where(i => !StudentVisibility.BeforeDueDate(i)).Select(i => (i.Id, $"id of the {i.Visibility} item"));

    public static IEnumerable<(string Token, string Why)> ReferenceNames()
    {
        var assembly = typeof(Hw3.ReferenceSolutions.Q1.Q1Reference).Assembly;
        var api = AnswerApiCatalog.Members.Select(m => m.MemberName).ToHashSet(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes().Where(t => !t.Name.Contains('<', StringComparison.Ordinal)))
        {
            if (type.Namespace is { } ns)
            {
                yield return (ns, "a ReferenceSolutions namespace");
            }

            if (!IsPlainWord(StripArity(type.Name)))
            {
                yield return (StripArity(type.Name), TypeWhy);
            }

            const BindingFlags declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;
            foreach (var member in type.GetMembers(declared))
            {
                var name = member.Name.StartsWith("get_", StringComparison.Ordinal) || member.Name.StartsWith("set_", StringComparison.Ordinal) ? member.Name[4..] : member.Name;
                if (name.Length >= 6 && !IsPlainWord(name) && !name.Contains('<', StringComparison.Ordinal) && !name.Contains('.', StringComparison.Ordinal)
                    && !name.StartsWith("op_", StringComparison.Ordinal) && !api.Contains(name) && !CommonNames.Contains(name))
                {
                    yield return (name, $"{MemberWhy} {type.Name}");
                }
            }
        }
    }

    public static IEnumerable<(string Token, string Why)> ReferenceValues(Rubric rubric)
    {
        var session = GraderServices.CreateSession(rubric);
        var references = GraderServices.References;
        foreach (var call in session.Calls.Select(c => c.Call).DistinctBy(c => c.Key))
        {
            var member = $"{call.TypeName}.{call.MemberName}";
            foreach (var formula in references.Names.Where(n => n == member || n.StartsWith(member + "#", StringComparison.Ordinal)))
            {
                var value = references.Evaluate(formula, call);
                var numbers = value.Kind switch
                {
                    WireKind.Double => [value.Number ?? 0],
                    WireKind.Int => [(double)(value.Integer ?? 0)],
                    WireKind.DoubleArray => value.Numbers ?? [],
                    _ => Array.Empty<double>(),
                };
                foreach (var number in numbers)
                {
                    foreach (var (text, format) in Formats(number))
                    {
                        yield return (text, $"reference value of {formula} for {call.Key}, {format}");
                    }
                }
            }
        }
    }

    /// <summary>
    /// A value as round-trip, 6 and 4 significant figures. A text with fewer than 3 significant digits (0.5, 2, -1, 1E-05)
    /// is left out, and so is a whole number or a text that reads as one (1024; 162.97 to 4 figures is "163"): such numbers are in every binary and every README (a whole-number
    /// answer such as E[RMS(Wx)²] = d1 is often the input itself), and say nothing about an answer.
    /// </summary>
    public static IEnumerable<(string Text, string Format)> Formats(double value)
    {
        foreach (var format in new[] { "R", "G6", "G4" })
        {
            var text = value.ToString(format, CultureInfo.InvariantCulture);
            var mantissa = text.Split('E')[0].TrimStart('-').Replace(".", "", StringComparison.Ordinal).Trim('0');
            if (mantissa.Length >= 3 && double.IsFinite(value) && value != Math.Round(value) && text.Contains('.', StringComparison.Ordinal))
            {
                yield return (text, format);
            }
        }
    }

    /// <summary>
    /// A name that is one plain word ("network", "Output", "Hidden") is an English word the template and README use in
    /// their own sentences; compound names (hiddenWidth, LayerwiseExperiment, InitScaleForWidth) are ReferenceSolutions'
    /// own and stay needles.
    /// </summary>
    private static bool IsPlainWord(string name) => name.TrimStart('_') is { Length: > 0 } word && word[1..].All(char.IsLower);

    private static string StripArity(string name) => name.Split('`')[0];
}
