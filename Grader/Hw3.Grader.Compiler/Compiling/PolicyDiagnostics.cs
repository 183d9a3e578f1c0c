using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compiler.Compiling;

/// <summary>Errors about the shape of a submission rather than its C#; codes start with HW3C.</summary>
public static class PolicyDiagnostics
{
    public const string MixedKindsCode = "HW3C001";
    public const string NotSourceCode = "HW3C002";
    public const string NoSourceCode = "HW3C003";
    public const string NoSubmissionAssemblyCode = "HW3C004";

    /// <summary>File name used when a diagnostic belongs to no single file.</summary>
    public const string SubmissionFileName = "<submission>";

    public static CompileDiagnostic MixedKinds(string scriptFile, string regularFile) => Error(
        scriptFile,
        MixedKindsCode,
        $"a submission is either C# files (.cs) or C# script files (.csx), not both: found {regularFile} and {scriptFile}");

    public static CompileDiagnostic NotSource(string file) => Error(
        file,
        NotSourceCode,
        $"{file} is not a C# source file (.cs or .csx)");

    public static CompileDiagnostic NoSource() => Error(
        SubmissionFileName,
        NoSourceCode,
        "the submission holds no C# source file (.cs or .csx)");

    public static CompileDiagnostic NoSubmissionAssembly() => Error(
        CompilerSettings.ExpressionFileName,
        NoSubmissionAssemblyCode,
        "an expression over .cs files needs the compiled submission, and none was sent");

    public static CompileDiagnostic OutOfMemory(string file) => Error(
        file,
        CompileDiagnosticCodes.OutOfMemory,
        "the compiler ran out of memory on this submission (for example, constants or code that the compiler expands into something huge)");

    private static CompileDiagnostic Error(string file, string code, string message) =>
        CompileDiagnostic.Error(file, 1, 1, code, message);
}
