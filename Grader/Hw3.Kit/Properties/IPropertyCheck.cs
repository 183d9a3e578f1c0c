using Hw3.Grader.Execution;
using Hw3.Kit.Checking;

namespace Hw3.Kit.Properties;

/// <summary>
/// One item's check in the kit: it tests a defining property of the answer (or only that it is answered), never
/// agreement with an expected value, which the kit does not have. It plans its calls when built and judges what came back.
/// </summary>
public interface IPropertyCheck
{
    IReadOnlyList<MemberCall> Calls { get; }

    KitVerdict Judge(Answers answers);
}
