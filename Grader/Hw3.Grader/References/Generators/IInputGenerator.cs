using Hw3.Grader.AnswerApi;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.References.Generators;

/// <summary>
/// Fills a member's arguments by parameter name from seeded streams, for members whose inputs no axis can list
/// (a test function, a random point). Which names mean what is the homework's business, so generators live in
/// <see cref="InputGeneratorCatalog"/>, and a grid check only asks one by the name the rubric gives.
/// </summary>
public interface IInputGenerator
{
    /// <summary>The name a rubric's <c>generator</c> field gives.</summary>
    string Name { get; }

    /// <summary>The parameter names this generator can fill; a member taking any other cannot use it.</summary>
    IReadOnlySet<string> Parameters { get; }

    /// <summary>
    /// One argument list per draw, in the member's parameter order.
    /// </summary>
    /// <param name="axis">The rubric's values of an axis by name, or null where the rubric gives none.</param>
    /// <param name="seedOf">A seed derived from the rubric's seed, the item and these labels (the same on every machine).</param>
    IReadOnlyList<IReadOnlyList<WireValue>> Draw(AnswerMember member, Func<string, IReadOnlyList<AxisValue>?> axis, Func<object[], int> seedOf);
}
