using System.Collections.Concurrent;
using System.Globalization;
using Hw3.Grader.Checks;
using Hw3.Grader.Cli;
using Hw3.Grader.Grading;
using Hw3.Grader.Tests.Rubrics;

namespace Hw3.Grader.Tests.Checks;

/// <summary>
/// Correct estimators must not fail by bad luck, whatever the rubric seed; wrong ones must fail on every seed.
/// Each seed is the real rubric with its top-level seed edited, so every case, μ, f and stream changes.
/// </summary>
public sealed class StatisticalCheckFalseFailTests
{
    /// <summary>Each seed costs about two seconds (the item estimates each integrand's variance from 200,000 draws).</summary>
    private const int Seeds = 10;

    [Fact]
    public void Correct_estimators_pass_and_wrong_ones_fail_on_many_rubric_seeds()
    {
        var problems = new ConcurrentBag<string>();
        var sigmaBug = FakeStudent.Reference.With("Q4.EstimateGradientScoreFunction", StatisticalCheckTests.ScoreFunctionOverSigma);
        var tenSamples = FakeStudent.Reference.With("Q4.EstimateGradientReparameterization", a => StatisticalCheckTests.TenSamples("Q4.EstimateGradientReparameterization", a));
        var tenthOfTheSamples = FakeStudent.Reference.With("Q4.EstimateGradientScoreFunction", a => StatisticalCheckTests.TenthOfTheSamples("Q4.EstimateGradientScoreFunction", a));

        Parallel.For(1, Seeds + 1, new ParallelOptions { MaxDegreeOfParallelism = 2 }, seed =>
        {
            var rubric = RealRubric.WithSeed(seed);
            var check = new StatisticalCheck(rubric.Items.Single(i => i.Id == "q4.estimators"), new CheckContext(GraderServices.References, GraderServices.Mistakes, rubric.Seed));

            var reference = FakeStudent.Reference.Grade(check);
            if (rubric.Seed != seed || reference.Status != ItemStatus.Passed)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"seed {seed} (rubric seed {rubric.Seed}): the reference failed:\n{reference.Details}"));
            }

            if (sigmaBug.Grade(check).Score != 2)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"seed {seed}: dividing by σ was not caught"));
            }

            if (tenSamples.Grade(check).Score != 2)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"seed {seed}: ten draws instead of `samples` were not caught"));
            }

            if (tenthOfTheSamples.Grade(check).Score != 2)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"seed {seed}: a tenth of `samples` draws was not caught"));
            }
        });

        problems.Should().BeEmpty();
    }
}
