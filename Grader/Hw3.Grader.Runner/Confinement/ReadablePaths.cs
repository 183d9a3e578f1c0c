namespace Hw3.Grader.Runner.Confinement;

/// <summary>
/// What the confined runner may read (and map executable). Required: the .NET shared runtime it runs on (its
/// assemblies and native libraries load lazily, on first use) and the runner's own folder (the runner, the
/// protocol, MathNet.Numerics and Q4's test functions; no rubric, reference solution or answer: the grader holds
/// those). Optional, single files the runtime was seen reading after start-up (strace of a whole grade, inside
/// and outside bubblewrap): the GC reads its own memory use (/proc/self/statm) and the machine's
/// (/proc/meminfo) at collections, glibc counts processors for every new thread (/sys/.../cpu/online, else
/// /proc/stat), and an unseeded Random draws its seed from /dev/urandom. None of them is secret.
/// </summary>
internal static class ReadablePaths
{
    private static readonly string[] OptionalFiles =
    [
        "/proc/self/statm",
        "/proc/meminfo",
        "/proc/stat",
        "/sys/devices/system/cpu/online",
        "/sys/devices/system/cpu/possible",
        "/dev/urandom",
    ];

    /// <summary>Folders without which the runner cannot work: if one cannot be allowed, Landlock is not applied.</summary>
    public static IEnumerable<string> Required()
    {
        if (Path.GetDirectoryName(typeof(object).Assembly.Location) is { Length: > 0 } runtime)
        {
            yield return runtime;
        }

        yield return AppContext.BaseDirectory;
    }

    /// <summary>Files the runtime reads when they exist; a missing one is left out (reading it then fails, as it would anyway).</summary>
    public static IEnumerable<string> Optional()
    {
        foreach (var file in OptionalFiles)
        {
            if (File.Exists(file))
            {
                yield return file;
            }
        }
    }
}
