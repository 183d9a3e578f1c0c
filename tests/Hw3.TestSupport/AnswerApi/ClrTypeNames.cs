namespace Hw3.TestSupport.AnswerApi;

/// <summary>The CLR type of each C# type name the answer API uses (<see cref="Hw3.Grader.AnswerApi.AnswerApiCatalog"/> spells types as C#).</summary>
public static class ClrTypeNames
{
    private static readonly Dictionary<string, Type> Types = new(StringComparer.Ordinal)
    {
        ["int"] = typeof(int),
        ["double"] = typeof(double),
        ["bool"] = typeof(bool),
        ["string"] = typeof(string),
        ["double[]"] = typeof(double[]),
        ["Func<double[], double>"] = typeof(Func<double[], double>),
        ["Func<double[], double[]>"] = typeof(Func<double[], double[]>),
        ["Random"] = typeof(Random),
    };

    public static Type Of(string csharpName) =>
        Types.TryGetValue(csharpName, out var type)
            ? type
            : throw new ArgumentOutOfRangeException(nameof(csharpName), csharpName, $"the answer API names a type the tests do not know: add it to {nameof(ClrTypeNames)}");
}
