using System.Diagnostics;
using System.Net.Sockets;

namespace Hw3.TestSupport;

/// <summary>
/// Makes the files git cannot hold: a named pipe, a character device, a socket. Scenario folders name them in
/// <see cref="SetupFileName"/>, one per line as <c>&lt;kind&gt; &lt;relative path&gt;</c> (kind: fifo, zero-device,
/// socket), and the test makes them in its copy of the scenario.
/// </summary>
public static class SpecialFiles
{
    public const string SetupFileName = "special_files.txt";

    /// <summary>Makes every special file the scenario folder's setup names, inside <paramref name="destination"/>.</summary>
    public static void CreateFromSetup(string scenarioFolder, string destination)
    {
        var setup = Path.Combine(scenarioFolder, SetupFileName);
        if (!File.Exists(setup))
        {
            return;
        }

        var lineNumber = 0;
        foreach (var line in File.ReadAllLines(setup))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(' ', 2);
            if (parts.Length != 2)
            {
                throw new InvalidDataException($"{setup}:{lineNumber}: expected \"<kind> <relative path>\", found \"{line}\"");
            }

            Create(parts[0], Path.Combine(destination, parts[1]), $"{setup}:{lineNumber}");
        }
    }

    public static void Create(string kind, string path, string where = "SpecialFiles.Create")
    {
        switch (kind)
        {
            case "fifo":
                Run("mkfifo", path);
                break;
            case "zero-device":
                // The same device as /dev/zero (major 1, minor 5): reads never end. Needs CAP_MKNOD (the tests run as root).
                Run("mknod", path, "c", "1", "5");
                break;
            case "socket":
                // .NET removes the file of a socket it bound when the socket is closed: a hard link keeps it.
                var bound = path + ".bound";
                using (var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
                {
                    socket.Bind(new UnixDomainSocketEndPoint(bound));
                    Run("ln", bound, path);
                }

                File.Delete(bound);
                break;
            default:
                throw new InvalidDataException($"{where}: unknown special file kind \"{kind}\"; expected fifo, zero-device or socket");
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}");
        }
    }
}
