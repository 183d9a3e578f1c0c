namespace Hw3.Grader.Compiler.Policy;

/// <summary>Why an API is refused, in the words a student reads after "… is not allowed: ".</summary>
public static class PolicyReasons
{
    public const string Files = "file access (the grader runs your code with no files to read or write)";
    public const string Network = "network access (the grader runs your code offline)";
    public const string Processes = "processes and diagnostics (your code may not start or inspect programs)";
    public const string Reflection = "reflection (it reaches past these rules; call your own code directly)";
    public const string Emit = "generating code at run time";
    public const string Native = "native code and interop (only managed C# and MathNet.Numerics' managed code run)";
    public const string CompilerServices = "compiler and runtime services (e.g. module initializers, Unsafe)";
    public const string Threads = "threads, tasks, timers and parallel LINQ (every answer is computed on the grader's one thread, within a time limit)";
    public const string Environment = "the process's environment (exit, environment variables, machine details)";
    public const string GarbageCollector = "controlling the garbage collector";
    public const string Dynamic = "dynamic binding (reflection in disguise)";
    public const string Unsafe = "unsafe code and pointers";
    public const string UncheckedMemory = "it reads or writes memory without bounds or type checks (use indexing, spans or CopyTo)";
    public const string ConsoleInput = "console input and redirection (Console.Write and Console.WriteLine are allowed, for debugging)";
    public const string Finalizer = "finalizers (they run on the runtime's own thread, after your code returned)";
    public const string Extern = "extern methods (native code)";
    public const string NotNeeded =
        "it is outside what a homework answer needs (System, System.Collections.Generic, System.Linq, System.Text, System.Numerics, MathNet.Numerics)";
}
