namespace Hw3.Grader.Protocol.Messages;

/// <summary>
/// Compile worker → grader: the assembly image, or none when the source did not compile; warnings come along
/// either way. Inside the worker it is also what a compilation produces (<see cref="Compiled"/>,
/// <see cref="Failed"/>); the request handler then stamps the request's id and the time it took.
/// </summary>
/// <param name="LanguageLayerOff">The worker compiled without the language layer (a test's request, see <see cref="CompileRequest.LanguageLayerOff"/>).</param>
public sealed record CompileResponse(
    int Id,
    byte[]? Assembly,
    IReadOnlyList<CompileDiagnostic> Diagnostics,
    double ElapsedMs,
    bool LanguageLayerOff = false) : Message
{
    public bool Succeeded => Assembly is not null;

    public static CompileResponse Compiled(byte[] assembly, IReadOnlyList<CompileDiagnostic> diagnostics) => new(0, assembly, diagnostics, 0);

    public static CompileResponse Failed(params IReadOnlyList<CompileDiagnostic> diagnostics) => new(0, null, diagnostics, 0);
}
