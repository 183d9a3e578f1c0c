using Hw3.Grader.Execution;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.References;

/// <summary>Named formulas evaluated in the grader: reference answers, or known mistakes.</summary>
public interface IFormulaCatalog
{
    bool Contains(string name);

    /// <summary>The formula's value for the arguments of this call.</summary>
    WireValue Evaluate(string name, MemberCall call);
}
