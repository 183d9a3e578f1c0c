using System.Globalization;
using System.Text;
using Hw3.Kit.Manifest;
using Hw3.Kit.Properties;

namespace Hw3.Grader.StudentKit;

/// <summary>The kit's README for students, written from the manifest and the kit's own checks (so it says what they do).</summary>
public static class StudentReadme
{
    public static string Write(KitManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {manifest.Title}: student kit");
        text.AppendLine();
        text.AppendLine("This kit checks your answer file on your own machine, offline, as often as you like. It needs only the");
        text.AppendLine(".NET 10 runtime (the .NET 10 SDK you write C# with has it). Unpack it anywhere, put your `Hw3.cs` next to");
        text.AppendLine("`check` (or give its path), and run one command:");
        text.AppendLine();
        text.AppendLine("```");
        text.AppendLine("./check Hw3.cs          # Linux and macOS");
        text.AppendLine("check.cmd Hw3.cs        # Windows");
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("Start from the `Hw3.cs` in this kit: it has every member you must write, each with its question and conventions.");
        text.AppendLine("A folder works too (`./check my-answers/`): all its `.cs` files are compiled together.");
        text.AppendLine();
        text.AppendLine("Your file is compiled and run exactly as the autograder does it (the same compiler and the same sandbox).");
        text.AppendLine("A file that does not compile shows each error once, with its line; nothing else is checked until it compiles.");
        text.AppendLine("Otherwise every item below gets one line: `ok`, or `FAIL` with a sentence saying which call did what. What your");
        text.AppendLine("code prints with `Console.WriteLine` is shown after the items, so print-debugging works.");
        text.AppendLine();
        text.AppendLine("To try one call yourself:");
        text.AppendLine();
        text.AppendLine("```");
        text.AppendLine("./check eval Hw3.cs \"Q1.InitScale(16, 4)\"");
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("## What the kit can and cannot tell");
        text.AppendLine();
        text.AppendLine("The kit holds no answers. It checks a property each right answer has (a scale makes the RMS 1, an integrand");
        text.AppendLine("averages to the gradient, 5(c) agrees with your own 5(a) and 5(b)), on inputs and test functions of its own.");
        text.AppendLine("So **passing here does not mean full marks**: the graded checks compare your answers with computed reference");
        text.AppendLine("answers to 4 significant figures on other inputs. Failing here almost always means losing points there.");
        text.AppendLine("Where an answer has only a few possible values (true/false, a choice, an exponent), the kit only checks that it");
        text.AppendLine("is answered with an allowed value: saying right or wrong would give the answer away.");
        text.AppendLine();
        text.AppendLine("| item | points | the kit checks | it cannot tell |");
        text.AppendLine("|---|---|---|---|");
        foreach (var item in manifest.Items)
        {
            var info = PropertyChecks.Info(item);
            var checks = info?.CanTell ?? "nothing (graded after submission)";
            var cannot = info?.CannotTell ?? "anything";
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{item.Id}` {item.Title} | {item.Points.ToString("0.##", CultureInfo.InvariantCulture)} | {checks} | {cannot} |");
        }

        if (manifest.GradedAfterSubmission.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Graded after submission, not checked by the kit: " + string.Join("; ", manifest.GradedAfterSubmission) + ".");
        }

        text.AppendLine();
        text.AppendLine("## If something goes wrong");
        text.AppendLine();
        text.AppendLine("- `dotnet: command not found` (or not recognized): install the .NET 10 SDK or runtime from https://dot.net and open a new terminal.");
        text.AppendLine("- A call that runs too long is stopped after its time limit and reported; the other items are still checked.");
        text.AppendLine("- Files, network, processes, reflection, threads and unsafe code are not allowed: the kit rejects them as the grader does.");
        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
