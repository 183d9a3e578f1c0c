using Hw3.Grader.Compilation;
using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.SafeText;
using Hw3.Grader.Submissions;

namespace Hw3.Kit.Evaluation;

/// <summary>
/// <c>check eval Hw3.cs "expression"</c>: the expression is compiled against the student's file in the compile worker
/// and run in the sandboxed runner, as the grader's <c>hw3 eval</c> does. Not with
/// Microsoft.CodeAnalysis.CSharp.Scripting: CSharpScript runs the code in the calling process (here the checker, with
/// no sandbox), and binds scripts to the host's CoreLib, which cannot coexist with the reference assemblies the compile
/// worker compiles against (see Hw3.Grader.Compiler.csproj).
/// </summary>
public sealed class KitEvaluator(ISubmissionCompiler compiler, IRunnerFactory runners, TextWriter output)
{
    public async Task<int> EvaluateAsync(SubmissionSource source, string expression, double timeoutSeconds, CancellationToken cancellationToken)
    {
        var compiled = await compiler.CompileAsync(source.Files, cancellationToken).ConfigureAwait(false);
        if (compiled is not CompileSucceeded submission)
        {
            return Failed((CompileFailed)compiled);
        }

        var script = await compiler.CompileExpressionAsync(expression, source.Files, submission.Assembly, cancellationToken).ConfigureAwait(false);
        if (script is not CompileSucceeded evaluated)
        {
            return Failed((CompileFailed)script);
        }

        await using var runner = runners.Open([submission.Assembly, evaluated.Assembly]);
        var outcome = await runner.EvaluateAsync(TimeSpan.FromSeconds(timeoutSeconds), cancellationToken).ConfigureAwait(false);
        var printed = await runner.EndAsync().ConfigureAwait(false);
        if (printed.Text.Length > 0)
        {
            output.WriteLine("--- what your code printed ---");
            output.WriteLine(TerminalText.MakeVisible(printed.Text).TrimEnd('\n'));
            output.WriteLine("--- end of your output ---");
        }

        if (outcome.Status != CallStatus.Returned)
        {
            output.WriteLine(TerminalText.MakeVisible(outcome.Status == CallStatus.Threw ? $"threw {outcome.ExceptionType}: {outcome.Message}" : outcome.Message ?? outcome.Status.ToString()));
            return Program.EvaluationFailed;
        }

        output.WriteLine(TerminalText.MakeVisible(outcome.Value!.ToString()));
        return Program.Success;
    }

    private int Failed(CompileFailed failed)
    {
        output.WriteLine(TerminalText.MakeVisible(failed.Message));
        foreach (var diagnostic in failed.Diagnostics.Where(d => d.IsError))
        {
            output.WriteLine("  " + TerminalText.MakeVisible(diagnostic.ToString()));
        }

        return Program.EvaluationFailed;
    }
}
