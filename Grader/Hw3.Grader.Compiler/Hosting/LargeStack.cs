using System.Runtime.ExceptionServices;

namespace Hw3.Grader.Compiler.Hosting;

/// <summary>
/// Runs work on a fresh thread with a very large stack, so that deeply nested source reaches Roslyn's
/// own "too complex" diagnostics instead of overflowing the stack and killing the worker.
/// </summary>
public static class LargeStack
{
    public const int StackBytes = 256 * 1024 * 1024;

    public static T Run<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        T? result = default;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            StackBytes)
        {
            IsBackground = true,
            Name = "compile",
        };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result!;
    }
}
