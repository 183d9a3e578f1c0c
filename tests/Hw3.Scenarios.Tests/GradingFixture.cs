using Hw3.Grader.Cli;
using Hw3.Grader.Compilation;
using Hw3.Grader.Grading;
using Hw3.Grader.Submissions;

namespace Hw3.Scenarios.Tests;

/// <summary>One rubric, one compile worker pool and one runner factory shared by every scenario, as in a batch.</summary>
public sealed class GradingFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public GradingSession Session { get; private set; } = null!;

    public CompileWorkerPool Compiler { get; private set; } = null!;

    /// <summary>A second pool, started on first need, whose workers compile without the language layer (language_layer_off scenarios).</summary>
    private readonly Lazy<CompileWorkerPool> _withoutLanguageLayer = new(() =>
        GraderServices.CreateCompiler(new CompileWorkerOptions { LanguageLayerOffForTests = true }));

    public Task InitializeAsync()
    {
        if (!GraderServices.LoadRubric(Repository.Rubric).TryGet(out var rubric, out var problems))
        {
            throw new InvalidOperationException(problems);
        }

        Session = GraderServices.CreateSession(rubric);
        Compiler = GraderServices.CreateCompiler();
        return Task.CompletedTask;
    }

    /// <param name="languageLayerOff">Compile without the language layer (the report's notes then say so).</param>
    public async Task<GradeReport> GradeAsync(string submissionPath, bool languageLayerOff = false)
    {
        if (!SubmissionLoader.Load(submissionPath).TryGet(out var source, out var error))
        {
            throw new InvalidOperationException(error);
        }

        await _gate.WaitAsync();
        try
        {
            var compiler = languageLayerOff ? _withoutLanguageLayer.Value : Compiler;
            var grader = new SubmissionGrader(Session, compiler, GraderServices.CreateRunners(Session.Rubric));
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            return await grader.GradeAsync(source, timeout.Token);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task DisposeAsync()
    {
        await Compiler.DisposeAsync();
        if (_withoutLanguageLayer.IsValueCreated)
        {
            await _withoutLanguageLayer.Value.DisposeAsync();
        }
    }
}
