using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Protocol.Messages;

/// <summary>
/// Grader → runner: call one public static member of the submission.
/// </summary>
/// <param name="Id">Echoed in the <see cref="CallResponse"/>.</param>
/// <param name="TypeName">A class in the global namespace, e.g. <c>Q1</c>.</param>
/// <param name="MemberName">e.g. <c>InitScale</c>.</param>
/// <param name="ParameterTypes">
/// C# names of the expected parameter types (<c>int</c>, <c>double</c>, <c>double[]</c>,
/// <c>Func&lt;double[], double&gt;</c>, <c>Func&lt;double[], double[]&gt;</c>, <c>Random</c>), or null
/// for a property, field or constant.
/// </param>
/// <param name="Arguments">One per parameter, in order.</param>
public sealed record InvokeRequest(
    int Id,
    string TypeName,
    string MemberName,
    IReadOnlyList<string>? ParameterTypes,
    IReadOnlyList<WireValue> Arguments) : Message;
