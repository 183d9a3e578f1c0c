namespace Hw3.Grader.Protocol.Values;

/// <summary>What a <see cref="WireValue"/> holds.</summary>
public enum WireKind
{
    Null,
    Double,
    Int,
    Bool,
    String,
    DoubleArray,
    /// <summary>A <c>Func&lt;double[], double&gt;</c> built in the runner from a <see cref="Hw3.TestFunctions.TestFunctionSpec"/>.</summary>
    Function,
    /// <summary>A <c>Func&lt;double[], double[]&gt;</c>: the gradient of a test function.</summary>
    Gradient,
    /// <summary>A <c>System.Random</c> built in the runner from a seed.</summary>
    Random,
}
