using System.Globalization;
using System.Text;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Tests.Compilation;

/// <summary>
/// Valid C# that keeps Roslyn busy for a minute: many methods, each summing three nested <c>Sum</c> lambdas
/// (overload resolution tries Enumerable's 10 selector overloads inside every try of the lambda around it,
/// about 2 s per method on a 2-core machine). Each method is within the source policy's overload budget
/// (OverloadBudget.MaxBindings in the compile worker) and nesting limit; only the compile timeout can stop the
/// whole: defence in depth.
/// </summary>
internal static class SlowSource
{
    public static SourceFile File(int methods = 30)
    {
        var text = new StringBuilder("using System;\nusing System.Linq;\npublic static class Slow\n{\n");
        for (var i = 0; i < methods; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"    public static double Run{i}(double[] x) => x.Sum(a => x.Sum(b => x.Sum(c => a * b * c + {i})));\n");
        }

        return new SourceFile("Slow.cs", text.Append("}\n").ToString());
    }
}
