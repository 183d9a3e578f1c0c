using Hw3.ReferenceSolutions.Q1;

namespace Hw3.ReferenceSolutions.Tests.Samples;

public sealed class PerfectSampleQ1Tests(PerfectSampleFixture perfect) : IClassFixture<PerfectSampleFixture>
{
    private static readonly int[] FanIns = [1, 7, 64, 1024];
    private static readonly int[] FanOuts = [1, 3, 50, 1024];

    public static TheoryData<int, int> Shapes()
    {
        var data = new TheoryData<int, int>();
        foreach (var d1 in FanIns)
        {
            foreach (var d2 in FanOuts)
            {
                data.Add(d1, d2);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Perfect_sample_matches_the_expected_rms_at_initialisation(int d1, int d2)
    {
        ShouldMatch("Q1.ExpectedRmsSquaredAtInit", Q1Reference.ExpectedRmsSquaredAtInit(d1, d2), d1, d2);
        ShouldMatch("Q1.InitScale", Q1Reference.InitScale(d1, d2), d1, d2);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Perfect_sample_matches_the_sign_update_rms_and_its_scale(int d1, int d2)
    {
        ShouldMatch("Q1.ExpectedSignUpdateRmsSquared", Q1Reference.ExpectedSignUpdateRmsSquared(d1, d2), d1, d2);
        ShouldMatch("Q1.SignUpdateScale", Q1Reference.SignUpdateScale(d1, d2), d1, d2);
    }

    private void ShouldMatch(string id, double expected, int d1, int d2)
    {
        var actual = perfect.Submission.Get<double>(id, d1, d2);
        actual.Should().BeApproximately(expected, ClosedFormTolerance.For(expected), $"{id}({d1}, {d2})");
    }
}
