using Hw3.Grader.Compilation;
using Hw3.Grader.Execution;
using Hw3.Grader.Execution.Launching;
using Hw3.Grader.Execution.Sandbox;
using Hw3.Grader.Submissions;
using Hw3.Kit.Checking;
using Hw3.Kit.Evaluation;
using Hw3.Kit.Manifest;
using Hw3.Kit.Printing;

namespace Hw3.Kit;

/// <summary>
/// The student kit's checker: <c>check Hw3.cs</c> checks every item visible before the due date by a property of the
/// answer; <c>check eval Hw3.cs "Q1.InitScale(16, 4)"</c> evaluates an expression against the student's file. Exit 0
/// whenever checking ran, whatever the result; 1 when an eval expression does not compile or throws; 2 for a bad invocation; 3 when the
/// kit's own compiler or runner cannot start.
/// </summary>
public static class Program
{
    public const int Success = 0;
    public const int EvaluationFailed = 1;
    public const int BadInvocation = 2;
    public const int CouldNotRun = 3;

    public static async Task<int> Main(string[] args)
    {
        InheritedDescriptors.MarkCloseOnExec();
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        var launcher = Environment.GetEnvironmentVariable("HW3_KIT_LAUNCHER") is { Length: > 0 } named ? named : "./check";
        try
        {
            return await RunAsync(args, Console.Out, launcher, cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            Console.Out.WriteLine("cancelled");
            return 130;
        }
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, string launcher, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine($"usage: {launcher} Hw3.cs                            check your answers (a .cs file or a folder of them)");
            output.WriteLine($"       {launcher} eval Hw3.cs \"Q1.InitScale(16, 4)\"  evaluate a C# expression against your file");
            return args.Length == 0 ? BadInvocation : Success;
        }

        var evaluating = args[0] == "eval";
        if ((evaluating && args.Length != 3) || (!evaluating && args.Length != 1))
        {
            output.WriteLine(evaluating
                ? $"eval expects a file and an expression, e.g. {launcher} eval Hw3.cs \"Q1.InitScale(16, 4)\""
                : $"expected one file or folder to check, e.g. {launcher} Hw3.cs (found {args.Length} arguments)");
            return BadInvocation;
        }

        if (!SubmissionLoader.Load(evaluating ? args[1] : args[0]).TryGet(out var source, out var error))
        {
            output.WriteLine(error);
            return BadInvocation;
        }

        KitManifest manifest;
        try
        {
            manifest = KitManifest.Read(Path.Combine(AppContext.BaseDirectory, KitManifest.FileName));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            output.WriteLine($"The kit is incomplete: {e.Message}. Unpack the kit's zip again.");
            return BadInvocation;
        }

        // A runner starts while the compile worker compiles: the two start-ups overlap instead of adding up.
        await using var runners = new RunnerFactory(
            new RunnerOptions { CallTimeout = TimeSpan.FromSeconds(manifest.CallTimeoutSeconds), PreStartedRunners = 1 },
            RunnerSandbox.Wrapper(TextWriter.Null));
        await using var compiler = new CompileWorkerPool(new CompileWorkerOptions());
        try
        {
            if (evaluating)
            {
                return await new KitEvaluator(compiler, runners, output).EvaluateAsync(source, args[2], manifest.CallTimeoutSeconds, cancellationToken);
            }

            var run = await new KitChecker(manifest, compiler, runners).CheckAsync(source, cancellationToken);
            new KitPrinter(output, launcher).Print(run, source);
            return Success;
        }
        catch (Exception e) when (e is RunnerStartException or CompileWorkerStartException)
        {
            // The kit's own machinery, not the student's code: say so plainly, with what the operating system said.
            output.WriteLine($"The checker could not start its {(e is RunnerStartException ? "runner" : "compiler")}, so nothing was checked: {e.Message}");
            output.WriteLine("Unpack the kit again into a folder you own and try once more; if it keeps failing, send this message to the course staff.");
            return CouldNotRun;
        }
    }
}
