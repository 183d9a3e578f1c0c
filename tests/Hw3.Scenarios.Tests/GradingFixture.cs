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
        var rubric = GraderServices.LoadRubric(Repository.Rubric);
        if (!rubric.Success)
        {
            throw new InvalidOperationException(rubric.Describe());
        }

        Session = GraderServices.CreateSession(rubric.Rubric!);
        Compiler = GraderServices.CreateCompiler();
        return Task.CompletedTask;
    }

    /// <param name="languageLayerOff">Compile without the language layer (the report's notes then say so).</param>
    public async Task<GradeReport> GradeAsync(string submissionPath, bool languageLayerOff = false)
    {
        var loaded = SubmissionLoader.Load(submissionPath);
        loaded.Source.Should().NotBeNull(loaded.Error);
        await _gate.WaitAsync();
        try
        {
            var compiler = languageLayerOff ? _withoutLanguageLayer.Value : Compiler;
            var grader = new SubmissionGrader(Session, compiler, GraderServices.CreateRunners(Session.Rubric));
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            return await grader.GradeAsync(loaded.Source!, timeout.Token);
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
