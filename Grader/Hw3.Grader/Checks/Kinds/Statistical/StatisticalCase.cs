using Hw3.TestFunctions;

namespace Hw3.Grader.Checks.Kinds.Statistical;

/// <summary>
/// One setting the estimators are tested on: a test function with its parameters, the mean μ and σ, chosen in the
/// rubric for power (∇F large and strongly dependent on σ), and the estimators tested on it (empty: all of the item's).
/// </summary>
/// <param name="Samples">Draws per call on this case (the item's <c>samples</c> unless the case says otherwise: a low-variance case needs fewer).</param>
public sealed record StatisticalCase(string Function, IReadOnlyList<double> Parameters, IReadOnlyList<double> Mu, double Sigma, IReadOnlyList<string> Members, int? Samples = null)
{
    public int Dimension => Mu.Count;

    public TestFunctionSpec Spec => new(Function, [.. Parameters]);

    public bool Tests(string memberId) => Members.Count == 0 || Members.Contains(memberId, StringComparer.Ordinal);
}
