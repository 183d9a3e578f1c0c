namespace Hw3.Grader.Checks;

/// <summary>
/// What every check may use: the references, the known mistakes and the rubric's seed. Checks are built
/// once per rubric and score any number of submissions.
/// </summary>
public sealed record CheckContext(IFormulaCatalog References, IFormulaCatalog Mistakes, int Seed);
