using System.Globalization;
using Microsoft.CodeAnalysis;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compiler.Metadata;

/// <summary>
/// A metadata finding as a compile error (<see cref="Code"/>) at the student's declaration of the type or
/// member it names, found through the compilation; at line 1 of the first file when the finding belongs to
/// the assembly as a whole or to something the compiler made.
/// </summary>
public static class MetadataDiagnostics
{
    public const string Code = "HW3P005";

    public static CompileDiagnostic Locate(MetadataFinding finding, Compilation compilation, string fallbackFile, Func<string, bool> isStudentFile)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(compilation);
        var type = finding.TypeName is null ? null : compilation.GetTypeByMetadataName(finding.TypeName);
        var symbol = (ISymbol?)type?.GetMembers(finding.MemberName ?? "").FirstOrDefault() ?? type;
        var place = symbol?.Locations.FirstOrDefault(l => l.IsInSource && isStudentFile(l.GetMappedLineSpan().Path));
        var what = (finding.TypeName, finding.MemberName) switch
        {
            ({ } t, { } m) => $"{t}.{m}",
            ({ } t, null) => t,
            (null, { } m) => m,
            _ => "the assembly",
        };
        var message = string.Create(CultureInfo.InvariantCulture, $"the compiled code of {what} is not allowed: {finding.Reason}");
        if (place is null)
        {
            return CompileDiagnostic.Error(fallbackFile, 1, 1, Code, message);
        }

        var span = place.GetMappedLineSpan();
        return CompileDiagnostic.Error(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, Code, message);
    }
}
