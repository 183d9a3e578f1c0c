using Hw3.Grader.Grading;
using Hw3.Grader.References;
using Hw3.Grader.Rubrics;

namespace Hw3.Grader.Checks.Kinds.Statistical;

/// <summary><c>statistical</c>: Monte Carlo estimators graded on unbiasedness over seeded calls on each of the <c>cases</c>.</summary>
public sealed class StatisticalKind : CheckKind<StatisticalSettings>
{
    /// <summary>
    /// Without a ceiling a noisy enough estimator hides any bias behind its own error bar (pure noise, or zeros with a
    /// rare huge outlier, passed); a correct estimator of the asked form stays far below 16 (its sample variance over
    /// 50 calls passes 16× the true one with probability far under 1e-30).
    /// </summary>
    public const double DefaultSpreadCeiling = 16;

    public override string Name => "statistical";

    public override IReadOnlyList<string> Fields { get; } =
        ["cases", "samples", "replicates", "falseFailProbability", "spreadFloor", "spreadCeiling", "numericFloor", "detectBias", "detectProbability"];

    /// <summary>Which members are estimators, and of what, is the homework's: <see cref="EstimatorCatalog"/>.</summary>
    public override MemberShape Members { get; } = new(m => EstimatorCatalog.Contains(m.Id), "a Q4 estimator");

    /// <summary>An estimator has no single right value per call: it is judged against the exact gradient.</summary>
    public override bool MembersHaveReferences => false;

    public override StatisticalSettings Read(ItemFields item)
    {
        var (o, fields) = (item.Json, item.Fields);
        return new StatisticalSettings(
            StatisticalCaseReader.Read(item),
            fields.Integer(o, "samples", false, 1, 10_000_000) ?? 0,
            fields.Integer(o, "replicates", false, 2, 10_000) ?? 0,
            fields.Number(o, "falseFailProbability", false, 1e-15, 0.01) ?? 0,
            fields.Number(o, "spreadFloor", false, 0, 1) ?? 0,
            fields.Number(o, "numericFloor", false, 0, 0.01) ?? 0,
            fields.Number(o, "detectBias", false, 0, 1) ?? 0,
            fields.Number(o, "detectProbability", false, 0, 1) ?? 0,
            fields.Number(o, "spreadCeiling", false, 1, 1e6) ?? DefaultSpreadCeiling);
    }

    public override void Validate(ItemFields item, StatisticalSettings settings)
    {
        var o = item.Json;
        if (settings.Cases.Count == 0 || settings.Samples == 0 || settings.Replicates == 0 || settings.FalseFailProbability == 0)
        {
            item.Fail("a statistical check needs \"cases\", \"samples\", \"replicates\" and \"falseFailProbability\"");
        }

        foreach (var (statisticalCase, index) in settings.Cases.Select((c, i) => (c, i)))
        {
            foreach (var unknown in statisticalCase.Members.Where(m => item.Targets.All(t => t.Member.Id != m)))
            {
                item.Fail(o["cases"]![index]!, $"\"{unknown}\" is not one of this item's members");
            }
        }

        foreach (var untested in item.Targets.Where(t => settings.Cases.Count > 0 && settings.Cases.All(c => !c.Tests(t.Member.Id))))
        {
            item.Fail(o["cases"] ?? o, $"no case tests {untested.Member.Id}");
        }
    }

    public override ICheck CreateCheck(RubricItem item, StatisticalSettings settings, CheckContext context) => new StatisticalCheck(item, settings, context);
}
