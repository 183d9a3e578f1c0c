namespace Hw3.Grader.Runner.Hosting;

/// <summary>The two pipe handles the grader passes on the command line.</summary>
internal sealed record RunnerArguments(string InputHandle, string OutputHandle)
{
    /// <summary>The two handles as descriptors (Unix), which self-confinement keeps open.</summary>
    public IReadOnlySet<int> Descriptors => new HashSet<int> { Descriptor(InputHandle), Descriptor(OutputHandle) };

    private static int Descriptor(string handle) =>
        int.TryParse(handle, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var descriptor) ? descriptor : -1;

    public static bool TryParse(IReadOnlyList<string> args, out RunnerArguments arguments)
    {
        string? input = null;
        string? output = null;
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            switch (args[i])
            {
                case "--in":
                    input = args[i + 1];
                    break;
                case "--out":
                    output = args[i + 1];
                    break;
                default:
                    arguments = new RunnerArguments("", "");
                    return false;
            }
        }

        arguments = new RunnerArguments(input ?? "", output ?? "");
        return args.Count == 4 && input is not null && output is not null;
    }
}
