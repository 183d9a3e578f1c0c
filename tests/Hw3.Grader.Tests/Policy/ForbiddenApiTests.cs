using Hw3.Grader.Compilation;
using Hw3.Grader.Tests.Compilation;

namespace Hw3.Grader.Tests.Policy;

/// <summary>
/// Every family of API the source policy refuses, each written the way a student would, through the real
/// compile workers: the refusal is an HW3P001 error on the right file and line that names the API and why.
/// </summary>
[Collection(SharedCompilerCollection.Name)]
public sealed class ForbiddenApiTests(SharedCompilerFixture fixture)
{
    private const string Files = "file access";
    private const string Network = "network access";
    private const string Processes = "processes and diagnostics";
    private const string Reflection = "reflection (it reaches past these rules";
    private const string Emit = "generating code at run time";
    private const string Native = "native code and interop";
    private const string Threads = "threads, tasks, timers and parallel LINQ";
    private const string Environment = "the process's environment";
    private const string GarbageCollector = "controlling the garbage collector";
    private const string CompilerServices = "compiler and runtime services";
    private const string ConsoleInput = "console input and redirection";

    [Theory]
    [InlineData("public static string Attack() => File.ReadAllText(\"/autograder/rubric.json\");", "System.IO.File.ReadAllText", Files)]
    [InlineData("public static string[] Attack() => Directory.GetFiles(\"/autograder\");", "System.IO.Directory.GetFiles", Files)]
    [InlineData("public static object Attack() => File.Create(\"/autograder/results.json\");", "a value of type System.IO.FileStream", Files)]
    // One refusal per line and reason, the longest kept: here the FileMode argument's, not FileStream's.
    [InlineData("public static Stream Attack() => new FileStream(\"/autograder/results.json\", FileMode.Create);", "a value of type System.IO.FileMode", Files)]
    [InlineData("public static string Attack() => new HttpClient().GetStringAsync(\"http://example.com/\").Result;", "System.Net.Http.HttpClient.GetStringAsync", Network)]
    [InlineData("public static object Attack() => new TcpClient(\"127.0.0.1\", 80);", "System.Net.Sockets.TcpClient", Network)]
    [InlineData("public static object Attack() => Process.Start(\"sh\", \"-c id\");", "a value of type System.Diagnostics.Process", Processes)]
    [InlineData("public static object Attack() => Type.GetType(\"System.IO.File\");", "System.Type.GetType", Reflection)]
    // Likewise: the MethodInfo the call returns, not GetMethod itself.
    [InlineData("public static object Attack() => typeof(Console).GetMethod(\"ReadLine\");", "a value of type System.Reflection.MethodInfo", Reflection)]
    [InlineData("public static object Attack() => Assembly.Load(\"System.Private.CoreLib\");", "a value of type System.Reflection.Assembly", Reflection)]
    [InlineData("public static object Attack() => Activator.CreateInstance(typeof(Random));", "System.Activator.CreateInstance", Reflection)]
    [InlineData("public static object Attack() => new DynamicMethod(\"m\", typeof(int), null);", "System.Reflection.Emit.DynamicMethod", Emit)]
    [InlineData("[DllImport(\"libc\")] private static extern int getpid();", "System.Runtime.InteropServices.DllImportAttribute", Native)]
    [InlineData("public static int Attack() { new Thread(() => { }).Start(); return 0; }", "System.Threading.Thread.Start", Threads)]
    [InlineData("public static int Attack() => Task.Run(() => 1).Result;", "a value of type System.Threading.Tasks.Task<int>", Threads)]
    [InlineData("public static bool Attack() => ThreadPool.QueueUserWorkItem(_ => { });", "System.Threading.ThreadPool.QueueUserWorkItem", Threads)]
    [InlineData("public static object Attack() => new Timer(_ => { }, null, 0, 1);", "System.Threading.Timer", Threads)]
    [InlineData("public static object Attack() => Parallel.For(0, 10, i => { });", "a value of type System.Threading.Tasks.ParallelLoopResult", Threads)]
    [InlineData("public static int Attack() { Environment.Exit(0); return 0; }", "System.Environment.Exit", Environment)]
    [InlineData("public static string? Attack() => Environment.GetEnvironmentVariable(\"HOME\");", "System.Environment.GetEnvironmentVariable", Environment)]
    [InlineData("public static string Attack() => AppDomain.CurrentDomain.FriendlyName;", "a value of type System.AppDomain", Environment)]
    [InlineData("public static string Attack() => AppContext.BaseDirectory;", "System.AppContext.BaseDirectory", Environment)]
    [InlineData("public static int Attack() { GC.Collect(); return 0; }", "System.GC.Collect", GarbageCollector)]
    [InlineData("[ModuleInitializer] internal static void Init() { }", "System.Runtime.CompilerServices.ModuleInitializerAttribute", CompilerServices)]
    [InlineData("~Q6() { }", "a finalizer ~Q6()", "finalizers (they run on the runtime's own thread")]
    [InlineData("public static object Attack() { dynamic d = 1; return d + 1; }", "dynamic", "dynamic binding")]
    [InlineData("public static string? Attack() => Console.ReadLine();", "System.Console.ReadLine", ConsoleInput)]
    [InlineData("public static object Attack() => Console.OpenStandardOutput();", "System.Console.OpenStandardOutput", ConsoleInput)]
    public async Task A_forbidden_api_is_refused_with_its_file_line_name_and_reason(string member, string api, string reason)
    {
        var failed = await PolicySubmission.Refused(fixture.Pool, PolicySubmission.With(member));

        var because = PolicySubmission.Describe(failed);
        failed.Kind.Should().Be(CompileFailureKind.Errors);
        failed.Diagnostics.Where(d => d.IsError && !d.Code.StartsWith("HW3P", StringComparison.Ordinal))
            .Should().BeEmpty("the attack is valid C#; only the policy refuses it:\n" + because);
        var refusals = PolicySubmission.PolicyErrors(failed);
        refusals.Should().NotBeEmpty(because)
            .And.OnlyContain(d => d.File == PolicySubmission.FileName && d.Line == PolicySubmission.AttackLine && d.Code == "HW3P001" && d.IsError, because);
        refusals.Should().Contain(d => d.Message.StartsWith(api + " is not allowed: " + reason, StringComparison.Ordinal), because);
        failed.Message.Should().StartWith($"{PolicySubmission.FileName} did not compile: ")
            .And.Contain($"(first: {PolicySubmission.FileName}:{PolicySubmission.AttackLine}:");
    }
}
