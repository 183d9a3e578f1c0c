namespace Hw3.Grader.StudentKit;

/// <summary>
/// The kit's two launchers: each runs the published checker with the dotnet on the student's PATH, from any folder, and
/// tells it its own name so the lines it prints name the command the student has.
/// </summary>
public static class KitLaunchers
{
    public const string UnixName = "check";
    public const string WindowsName = "check.cmd";

    public static string Unix { get; } = string.Join('\n',
        "#!/bin/sh",
        "# Checks your Homework 3 answers: ./check Hw3.cs   (see README.md)",
        "here=\"$(cd \"$(dirname \"$0\")\" && pwd)\"",
        "if ! command -v dotnet >/dev/null 2>&1; then",
        "  echo \"check: dotnet was not found. Install the .NET 10 SDK or runtime from https://dot.net and open a new terminal.\" >&2",
        "  exit 2",
        "fi",
        "HW3_KIT_LAUNCHER=./check DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 exec dotnet \"$here/checker/hw3-check.dll\" \"$@\"",
        "");

    public static string Windows { get; } = string.Join("\r\n",
        "@echo off",
        "rem Checks your Homework 3 answers: check.cmd Hw3.cs   (see README.md)",
        "where dotnet >nul 2>nul || (echo check: dotnet was not found. Install the .NET 10 SDK or runtime from https://dot.net and open a new terminal. & exit /b 2)",
        "set HW3_KIT_LAUNCHER=check.cmd",
        "dotnet \"%~dp0checker\\hw3-check.dll\" %*",
        "");
}
