using System.Reflection;
using System.Runtime.Loader;

namespace Hw3.Grader.Tests.Compilation;

/// <summary>Loads compiled images into a collectible load context, calls into them, and unloads them.</summary>
internal static class AssemblyProbe
{
    /// <summary>Calls a public static method of a type (nested types as <c>Outer+Inner</c>).</summary>
    public static object? Call(byte[] assembly, string typeName, string methodName, params object[] arguments) =>
        InContext([assembly], loaded =>
        {
            var type = loaded[0].GetType(typeName, throwOnError: true)!;
            return type.GetMethod(methodName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, arguments);
        });

    /// <summary>Loads the submission, then the expression script, and runs the script's factory as the runner does.</summary>
    public static object? Evaluate(byte[] submission, byte[] expression) =>
        InContext([submission, expression], loaded =>
        {
            var factory = loaded[1].GetType("Submission#0", throwOnError: true)!.GetMethod("<Factory>", BindingFlags.Public | BindingFlags.Static)!;
            var task = (Task<object>)factory.Invoke(null, [new object[2]])!;
            return task.GetAwaiter().GetResult();
        });

    private static object? InContext(IReadOnlyList<byte[]> images, Func<IReadOnlyList<Assembly>, object?> use)
    {
        var context = new AssemblyLoadContext("compilation-test", isCollectible: true);
        try
        {
            var loaded = images.Select(image => context.LoadFromStream(new MemoryStream(image))).ToList();
            return use(loaded);
        }
        finally
        {
            context.Unload();
        }
    }
}
