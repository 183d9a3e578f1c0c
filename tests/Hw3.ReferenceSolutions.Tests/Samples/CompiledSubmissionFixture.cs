namespace Hw3.ReferenceSolutions.Tests.Samples;

/// <summary>Compiles a set of submission files once per test class and keeps them loaded until the class is done.</summary>
public abstract class CompiledSubmissionFixture : IDisposable
{
    private readonly Lazy<LoadedSubmission> _loaded;

    private protected CompiledSubmissionFixture(IReadOnlyList<string> files)
    {
        Outcome = SubmissionCompiler.CompileFiles(files);
        _loaded = new Lazy<LoadedSubmission>(() => new LoadedSubmission(Outcome));
    }

    internal CompilationOutcome Outcome { get; }

    internal LoadedSubmission Submission => _loaded.Value;

    public void Dispose()
    {
        if (_loaded.IsValueCreated)
        {
            _loaded.Value.Dispose();
        }

        GC.SuppressFinalize(this);
    }
}
