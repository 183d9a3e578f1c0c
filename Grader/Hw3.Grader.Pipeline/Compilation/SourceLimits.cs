using System.Text;
using Hw3.Grader.Protocol.Messages;

namespace Hw3.Grader.Compilation;

/// <summary>The size checks made before anything is sent to a compile worker.</summary>
internal static class SourceLimits
{
    /// <summary>The reason the request is too large, or null when it is within the limits.</summary>
    public static CompileFailed? Check(IReadOnlyList<SourceFile> files, string? expression, CompileWorkerOptions options)
    {
        if (files.Count > options.MaxFiles)
        {
            return new CompileFailed(CompileFailureKind.TooLarge, CompileFailureMessages.TooManyFiles(files.Count, options.MaxFiles), []);
        }

        var bytes = files.Sum(file => (long)Encoding.UTF8.GetByteCount(file.Text ?? ""))
            + (expression is null ? 0 : Encoding.UTF8.GetByteCount(expression));
        return bytes > options.MaxSourceBytes
            ? new CompileFailed(CompileFailureKind.TooLarge, CompileFailureMessages.SourceTooLarge(bytes, options.MaxSourceBytes), [])
            : null;
    }
}
