using System.Globalization;
using System.Text;

namespace Hw3.Grader.Tests.Policy;

/// <summary>
/// A compile-time bomb: lambdas nested <see cref="Depth"/> deep, each an argument of an overloaded method,
/// so that overload resolution binds the innermost body once per combination of candidates (2^depth). It is
/// valid C# (<c>x * …</c> rules the string overload out), so a shallow one compiles and returns 1.
/// </summary>
internal static class LambdaBomb
{
    public const int Depth = 40;

    /// <summary>How long a refusal may take; binding the bomb would take far longer than the worker's 30 s.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>The line of the outermost lambda; the one nested k lambdas deep is on line <c>FirstLine + k</c>.</summary>
    public const int FirstLine = 6;

    /// <param name="depth">How many lambdas nest.</param>
    /// <param name="overloaded">Whether <c>M</c> has a second overload; without it binding is linear, and the nesting is all that is left.</param>
    public static string Source(int depth, bool overloaded = true)
    {
        var text = new StringBuilder()
            .Append("public static class Q5\n{\n")
            .Append("    static int M(Func<int, int> f) => f(1);\n")
            .Append(overloaded ? "    static int M(Func<string, int> f) => f(\"1\");\n" : "    static int N(Func<string, int> f) => f(\"1\");\n")
            .Append("    public static int Boom() =>\n");
        for (var level = 0; level < depth; level++)
        {
            var x = "x" + level.ToString(CultureInfo.InvariantCulture);
            text.Append(' ', 8).Append("M(").Append(x).Append(" => ").Append(x).Append(" *\n");
        }

        text.Append(' ', 8).Append('1').Append(new string(')', depth)).Append(";\n}\n");
        return text.ToString();
    }
}
