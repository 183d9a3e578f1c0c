namespace Hw3.Grader.Execution.Sessions;

/// <summary>
/// What happened to a submission's runners, in the order it happened, as the report's notes say it. Read from
/// another thread while calls run, so every access is locked.
/// </summary>
internal sealed class SessionIncidents
{
    private readonly List<string> _incidents = [];
    private readonly HashSet<string> _once = new(StringComparer.Ordinal);

    public IReadOnlyList<string> All
    {
        get
        {
            lock (_incidents)
            {
                return _incidents.ToArray();
            }
        }
    }

    public void Report(string incident)
    {
        lock (_incidents)
        {
            _incidents.Add(incident);
        }
    }

    /// <summary>Reports <paramref name="incident"/> the first time only; later calls change nothing.</summary>
    public void ReportOnce(string incident)
    {
        lock (_incidents)
        {
            if (_once.Add(incident))
            {
                _incidents.Add(incident);
            }
        }
    }
}
