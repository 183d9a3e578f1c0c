using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Hw3.Grader.Compilation;

/// <summary>
/// How to start a compile worker: its apphost (<c>Hw3.Grader.Compiler</c> beside the dll) when there is
/// one, which starts faster, else <c>dotnet Hw3.Grader.Compiler.dll</c>. The apphost is pointed at the
/// runtime this grader runs on (DOTNET_ROOT) unless the environment already says where one is.
/// </summary>
internal static class CompileWorkerLaunch
{
    /// <param name="fullyOptimized">Tiered compilation off in the worker (<see cref="CompileWorkerOptions.FullyOptimized"/>).</param>
    /// <param name="memoryLimitBytes">The worker's GC heap limit (<see cref="CompileWorkerOptions.MemoryLimitBytes"/>).</param>
    public static ProcessStartInfo StartInfo(string compilerAssembly, bool fullyOptimized = false, long memoryLimitBytes = CompileWorkerOptions.DefaultMemoryLimitBytes)
    {
        var appHost = Path.ChangeExtension(compilerAssembly, OperatingSystem.IsWindows() ? ".exe" : null);
        var info = File.Exists(appHost) ? new ProcessStartInfo(appHost) : new ProcessStartInfo(DotnetHost());
        if (!File.Exists(appHost))
        {
            info.ArgumentList.Add(compilerAssembly);
        }

        info.UseShellExecute = false;
        info.CreateNoWindow = true;
        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.WorkingDirectory = Path.GetDirectoryName(compilerAssembly) ?? Environment.CurrentDirectory;
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_ROOT")) && RuntimeRoot() is { } root)
        {
            info.Environment["DOTNET_ROOT"] = root;
        }

        // The runtime reads the limit as hexadecimal. Past it an allocation throws OutOfMemoryException, which the
        // worker reports as this submission's error instead of taking the machine's memory (CompileWorkerOptions.MemoryLimitBytes).
        info.Environment["DOTNET_GCHeapHardLimit"] = "0x" + memoryLimitBytes.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        if (fullyOptimized)
        {
            info.Environment["DOTNET_TieredCompilation"] = "0";
        }

        return info;
    }

    private static string DotnetHost()
    {
        var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
        {
            return hostPath;
        }

        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            return Environment.ProcessPath!;
        }

        var beside = RuntimeRoot() is { } root ? Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet") : null;
        return beside is not null && File.Exists(beside) ? beside : "dotnet";
    }

    /// <summary>The dotnet root of the running runtime (…/shared/Microsoft.NETCore.App/&lt;version&gt;/ → …).</summary>
    private static string? RuntimeRoot()
    {
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        return runtime.Parent?.Parent?.Parent?.FullName;
    }
}
