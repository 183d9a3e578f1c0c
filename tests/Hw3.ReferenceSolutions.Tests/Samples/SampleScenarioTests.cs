using System.Reflection;
using Hw3.ReferenceSolutions.Q1;
using Hw3.ReferenceSolutions.Q2;
using Hw3.ReferenceSolutions.Q3;
using Hw3.ReferenceSolutions.Q4;
using Hw3.ReferenceSolutions.Q5;

namespace Hw3.ReferenceSolutions.Tests.Samples;

/// <summary>Each flawed sample shows the flaw its scenario is named for, and only that flaw.</summary>
public sealed class SampleScenarioTests
{
    [Fact]
    public void Missing_member_sample_lacks_exactly_InitScale_and_the_Q6_class()
    {
        using var submission = Load("missing-member");
        var missing = AnswerApiMembers.All.Where(m => !submission.Defines(m)).Select(m => m.Id);
        missing.Should().BeEquivalentTo(["Q1.InitScale", "Q6.Sources", "Q6.Collaborators", "Q6.HoursSpent"]);
    }

    [Fact]
    public void Wrong_signature_sample_declares_InitScale_over_doubles_and_ForwardOps_over_longs()
    {
        using var submission = Load("wrong-signature");
        var missing = AnswerApiMembers.All.Where(m => !submission.Defines(m)).Select(m => m.Id);
        missing.Should().BeEquivalentTo(["Q1.InitScale", "Q5.ForwardOps"]);

        const BindingFlags publicStatic = BindingFlags.Public | BindingFlags.Static;
        submission.AnswerType("Q1").GetMethod("InitScale", publicStatic, [typeof(double), typeof(double)]).Should().NotBeNull();
        submission.AnswerType("Q5").GetMethod("ForwardOps", publicStatic, [typeof(long), typeof(long)]).Should().NotBeNull();
    }

    [Fact]
    public void Nan_answers_sample_returns_nan_and_both_infinities_in_Q1_nan_in_the_Q4_integrand_arrays_and_right_Q5_counts()
    {
        using var submission = Load("nan-answers");
        var q1 = new[] { "Q1.ExpectedRmsSquaredAtInit", "Q1.InitScale", "Q1.ExpectedSignUpdateRmsSquared", "Q1.SignUpdateScale" }
            .Select(id => submission.Get<double>(id, 16, 3))
            .ToArray();
        q1.Should().OnlyContain(v => !double.IsFinite(v));
        q1.Should().Contain(double.NaN).And.Contain(double.PositiveInfinity).And.Contain(double.NegativeInfinity);

        var c = Q4Cases.Build("quadratic", 3, 2.5);
        var eps = new[] { 0.5, -1.0, 2.0 };
        var x = Q4Reference.GaussianReparameterization(eps, c.Mu, c.Sigma);
        submission.Get<double[]>("Q4.ScoreFunctionIntegrand", c.F, x, c.Mu, c.Sigma).Should().Contain(double.NaN);
        submission.Get<double[]>("Q4.ReparameterizedGradientIntegrand", c.GradF, eps, c.Mu, c.Sigma).Should().Contain(double.NaN);
        submission.Get<double[]>("Q4.GeneralScoreFunctionIntegrand", 1.5, eps).Should().Contain(double.NaN);

        submission.Get<int>("Q5.ForwardOps", 16, 4).Should().Be(Q5Reference.ForwardOps(16, 4));
        submission.Get<int>("Q5.LoadMemOps", 16, 4).Should().Be(Q5Reference.LoadMemOps(16, 4));
    }

    [Fact]
    public void Partial_sample_leaves_unanswered_members_throwing_and_answers_Q1_and_Q5_right()
    {
        using var submission = Load("partial");
        var unanswered = AnswerApiMembers.All
            .Where(m => Throws<NotImplementedException>(() => submission.Invoke(m, m.ExampleArguments())))
            .Select(m => m.TypeName)
            .Distinct();
        unanswered.Should().BeEquivalentTo(["Q2", "Q3", "Q4", "Q6"], "Q1 and Q5 are complete, the rest only in part");

        foreach (var (d1, d2) in new[] { (1, 1), (7, 3), (1024, 64) })
        {
            ShouldBeClose(submission.Get<double>("Q1.ExpectedRmsSquaredAtInit", d1, d2), Q1Reference.ExpectedRmsSquaredAtInit(d1, d2));
            ShouldBeClose(submission.Get<double>("Q1.InitScale", d1, d2), Q1Reference.InitScale(d1, d2));
            ShouldBeClose(submission.Get<double>("Q1.ExpectedSignUpdateRmsSquared", d1, d2), Q1Reference.ExpectedSignUpdateRmsSquared(d1, d2));
            ShouldBeClose(submission.Get<double>("Q1.SignUpdateScale", d1, d2), Q1Reference.SignUpdateScaleByOrder(d1, d2));
        }

        for (var layers = 1; layers <= 20; layers++)
        {
            for (var every = 1; every <= layers; every++)
            {
                submission.Get<int>("Q5.ForwardOps", layers, every).Should().Be(Q5Reference.ForwardOps(layers, every));
                ShouldBeClose(
                    submission.Get<double>("Q5.BreakEvenLoadDiskNs", layers, every, 20.0, 10.0),
                    Q5Reference.BreakEvenLoadDiskNs(layers, every, 20.0, 10.0));
            }
        }
    }

    [Fact]
    public void Common_mistakes_sample_spells_the_rms_norm_choice_its_own_way_and_scales_the_hidden_learning_rate_by_root_fan_in()
    {
        using var submission = Load("common-mistakes");
        var choice = submission.Get<string>("Q2.NormThatTracksFeatureChange");
        choice.Should().NotBe(Q2Reference.NormThatTracksFeatureChange(), "the spelling differs from the canonical choice");
        ChoiceText.Same(choice, Q2Reference.NormThatTracksFeatureChange()).Should().BeTrue("yet it is the same choice");

        foreach (var fanIn in new[] { 4, 64, 1024 })
        {
            var ratio = submission.Get<double>("Q2.HiddenLayerLearningRate", 0.1, fanIn, 32)
                / Q2Reference.HiddenLayerLearningRate(0.1, fanIn, 32);
            ratio.Should().BeApproximately(Math.Sqrt(fanIn), 1e-9 * Math.Sqrt(fanIn), "fan_in^-1/2 instead of fan_in^-1");
        }
    }

    [Fact]
    public void Partial_sample_gets_every_Q3_exponent_wrong()
    {
        using var submission = Load("partial");
        var answers = new (string Id, double Reference)[]
        {
            ("Q3.StandardParamHiddenAdamLrExponent", Q3Reference.StandardParamHiddenAdamLrExponent()),
            ("Q3.MuPHiddenAdamLrExponent", Q3Reference.MuPHiddenAdamLrExponent()),
            ("Q3.SpectralNormFanOutExponent", Q3Reference.SpectralNormFanOutExponent()),
            ("Q3.SpectralNormFanInExponent", Q3Reference.SpectralNormFanInExponent()),
        };
        foreach (var (id, reference) in answers)
        {
            submission.Get<double>(id).Should().NotBeApproximately(reference, 0.1, id);
        }
    }

    [Fact]
    public void Common_mistakes_sample_gets_Q1_Q4a_and_Q5_wrong_in_the_known_ways()
    {
        using var submission = Load("common-mistakes");
        const int d1 = 16, d2 = 3, layers = 10, every = 5;

        submission.Get<double>("Q1.ExpectedRmsSquaredAtInit", d1, d2).Should().NotBe(Q1Reference.ExpectedRmsSquaredAtInit(d1, d2));
        submission.Get<double>("Q1.InitScale", d1, d2).Should().NotBe(Q1Reference.InitScale(d1, d2));
        var rmsSquared = submission.Get<double>("Q1.ExpectedSignUpdateRmsSquared", d1, d2);
        rmsSquared.Should().NotBe(Q1Reference.ExpectedSignUpdateRmsSquared(d1, d2));
        (rmsSquared / Q1Reference.SignUpdateRmsSquaredLeadingTerm(d1, d2))
            .Should().BeApproximately(submission.Get<double>("Q1.ExpectedSignUpdateRmsSquared", 4 * d1, d2) / Q1Reference.SignUpdateRmsSquaredLeadingTerm(4 * d1, d2), 1e-12,
                "the wrong constant still grows like d1²");
        var scale = submission.Get<double>("Q1.SignUpdateScale", d1, d2);
        scale.Should().NotBe(Q1Reference.SignUpdateScale(d1, d2))
            .And.NotBe(Q1Reference.SignUpdateScaleForUnitMeanSquare(d1, d2))
            .And.NotBe(Q1Reference.SignUpdateScaleByOrder(d1, d2));

        var c = Q4Cases.Build("linear", 3, 2.5);
        var x = new[] { 0.5, -1.0, 2.0 };
        var score = submission.Get<double[]>("Q4.ScoreFunctionIntegrand", c.F, x, c.Mu, c.Sigma);
        var reference = Q4Reference.ScoreFunctionIntegrand(c.F, x, c.Mu, c.Sigma);
        score.Zip(reference, (s, r) => s / r).Should().AllSatisfy(ratio => ratio.Should().BeApproximately(c.Sigma, 1e-9), "it divides by σ, not σ²");

        submission.Get<int>("Q5.ForwardOps", layers, every).Should().NotBe(Q5Reference.ForwardOps(layers, every));
        submission.Get<int>("Q5.LoadMemOps", layers, every).Should().NotBe(Q5Reference.LoadMemOps(layers, every));
        submission.Get<double>("Q5.BreakEvenLoadDiskNs", layers, every, 20.0, 10.0)
            .Should().NotBe(Q5Reference.BreakEvenLoadDiskNs(layers, every, 20.0, 10.0));
    }

    private static LoadedSubmission Load(string scenario) =>
        new(SubmissionCompiler.CompileFiles(SampleSources.CSharpFiles(scenario)));

    private static bool Throws<TException>(Action action)
        where TException : Exception
    {
        try
        {
            action();
            return false;
        }
        catch (TException)
        {
            return true;
        }
    }

    private static void ShouldBeClose(double actual, double expected) =>
        actual.Should().BeApproximately(expected, ClosedFormTolerance.For(expected));
}
