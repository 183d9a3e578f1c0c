using System.Globalization;

namespace Hw3.Bench.Measuring;

/// <summary>Resident memory of a process from <c>/proc/&lt;pid&gt;/status</c> (Linux), in MB; 0 where there is no /proc.</summary>
internal static class ProcessMemory
{
    public static double ResidentMb(int pid) => Field(pid, "VmRSS:");

    public static double PeakMb(int pid) => Field(pid, "VmHWM:");

    private static double Field(int pid, string name)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                if (line.StartsWith(name, StringComparison.Ordinal))
                {
                    var kilobytes = line[name.Length..].Trim().Split(' ')[0];
                    return double.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024.0;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // The process ended while being read.
        }

        return 0;
    }
}
