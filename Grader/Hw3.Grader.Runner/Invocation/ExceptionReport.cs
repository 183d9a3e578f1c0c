using System.Reflection;
using Hw3.Grader.Protocol.Limits;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Runner.Invocation;

/// <summary>What the student sees when their code threw: the exception's type name and message.</summary>
internal static class ExceptionReport
{
    public static CallOutcome Describe(Exception exception, double elapsedMs)
    {
        var thrown = Unwrap(exception);
        if (thrown is TypeInitializationException initializer)
        {
            var cause = initializer.InnerException is { } inner ? Unwrap(inner) : initializer;
            var message = $"{ShortName(initializer.TypeName)}'s static initializer threw {AnswerLimits.Cut(cause.GetType().Name, AnswerLimits.MaxTypeNameChars)}: {MessageOf(cause)}";
            return CallOutcome.Failed(CallStatus.Threw, Truncate(message), nameof(TypeInitializationException), elapsedMs);
        }

        if (thrown is OutOfMemoryException or InsufficientExecutionStackException)
        {
            var what = thrown is OutOfMemoryException ? "ran out of memory (the runner's memory is limited)" : "ran out of stack space";
            return CallOutcome.Failed(CallStatus.Threw, what, thrown.GetType().Name, elapsedMs);
        }

        return CallOutcome.Failed(CallStatus.Threw, MessageOf(thrown), AnswerLimits.Cut(thrown.GetType().Name, AnswerLimits.MaxTypeNameChars), elapsedMs);
    }

    private static Exception Unwrap(Exception exception)
    {
        while (exception is TargetInvocationException { InnerException: { } inner })
        {
            exception = inner;
        }

        return exception is AggregateException { InnerExceptions: [var single] } ? Unwrap(single) : exception;
    }

    /// <summary><c>Submission#0+Q1</c> and <c>Q1</c> both read as <c>Q1</c>.</summary>
    private static string ShortName(string? typeName)
    {
        var name = typeName ?? "a class";
        var cut = name.LastIndexOfAny(['+', '.']);
        return cut < 0 ? name : name[(cut + 1)..];
    }

    private static string MessageOf(Exception exception)
    {
        try
        {
            return Truncate(exception.Message);
        }
        catch (Exception)
        {
            return "(the exception's message could not be read)";
        }
    }

    private static string Truncate(string? text) => AnswerLimits.Cut(text ?? "", AnswerLimits.MaxMessageChars);
}
