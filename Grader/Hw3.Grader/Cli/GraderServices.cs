using Hw3.Grader.Checks;
using Hw3.Grader.Checks.Kinds;
using Hw3.Grader.Checks.Kinds.Behaviour;
using Hw3.Grader.Checks.Kinds.ScaledMlp;
using Hw3.Grader.Checks.Kinds.Statistical;
using Hw3.Grader.Compilation;
using Hw3.Grader.Execution;
using Hw3.Grader.Execution.Sandbox;
using Hw3.Grader.Grading;
using Hw3.Grader.References;
using Hw3.Grader.References.Precomputed;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Cli;

/// <summary>The composition root: rubric, references, compile workers and runners, wired the one way every command uses.</summary>
public static class GraderServices
{
    public static ReferenceCatalog References { get; } = new();

    public static MistakeCatalog Mistakes { get; } = new();

    /// <summary>
    /// Every process-wide store of computed references, as a precomputed reference file carries them: the formulas'
    /// values, Q2's experiments and Q4's expectations (what <see cref="GradingSession.StartComputingReferences"/> fills).
    /// </summary>
    public static IReadOnlyList<IReferenceStore> ReferenceStores { get; } =
        [References, ExperimentCache.Shared.Store, ScaledMlpExperimentCache.Shared.Store, EstimatorExpectation.Store];

    /// <summary>What a reference file must have been made for to be used with <paramref name="rubric"/> by this grader.</summary>
    public static ReferenceFileTarget ReferenceTarget(Rubric rubric) => new(rubric.Sha256, GraderInfo.Build, GraderInfo.Version);

    public static RubricLoadResult LoadRubric(string path) =>
        CheckKinds.RubricLoader(References.Contains, Mistakes.Contains).LoadFile(path);

    public static GradingSession CreateSession(Rubric rubric) =>
        new(rubric, item => CheckKinds.CreateCheck(item, new CheckContext(References, Mistakes, rubric.Seed)));

    public static CompileWorkerPool CreateCompiler() => new(new CompileWorkerOptions());

    public static CompileWorkerPool CreateCompiler(CompileWorkerOptions options) => new(options);

    /// <summary>Runners inside the sandbox this machine supports (probed once; what is in force is written to stderr the first time).</summary>
    public static RunnerFactory CreateRunners(Rubric? rubric) => new(
        new RunnerOptions
        {
            SubmissionBudget = rubric?.SubmissionBudget ?? new RunnerOptions().SubmissionBudget,
        },
        RunnerSandbox.Wrapper(Console.Error));
}
