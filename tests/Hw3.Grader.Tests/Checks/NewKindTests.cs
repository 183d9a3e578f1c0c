using Hw3.Grader.Checks;
using Hw3.Grader.Checks.Kinds;
using Hw3.Grader.Cli;
using Hw3.Grader.Execution;
using Hw3.Grader.Grading;
using Hw3.Grader.Protocol.Values;
using Hw3.Grader.Rubrics;
using Hw3.Grader.Tests.Rubrics;

namespace Hw3.Grader.Tests.Checks;

/// <summary>
/// A kind written as Checks/README.md says, outside the grader: the loader reads its items, reports its fields'
/// problems with path and line, and the grading session gets its check, without a line of the loader changed.
/// </summary>
public sealed class NewKindTests
{
    private static readonly IReadOnlyList<ICheckKind> Kinds = [.. CheckKinds.All, new LengthKind()];

    [Fact]
    public void A_new_kind_is_loaded_with_its_own_settings_and_graded_by_its_own_check()
    {
        var rubric = RubricJson.Loaded(Loader(), LengthItem("\"atLeast\": 3"));

        var item = rubric.Items.Single();
        item.Kind.Name.Should().Be("length");
        item.Settings.Should().Be(new LengthSettings(3));
        var check = CheckKinds.CreateCheck(item, new CheckContext(GraderServices.References, GraderServices.Mistakes, rubric.Seed));
        var calls = check.PlanCalls();
        var result = check.Score(new CallResults(calls.ToDictionary(c => c.Key, _ => CallOutcome.Returned(WireValue.Of("four"), 0.1)), "fake"));
        result.Status.Should().Be(ItemStatus.Passed);
        result.Score.Should().Be(1);
    }

    [Fact]
    public void A_new_kinds_field_of_the_wrong_type_is_an_error_at_its_path_and_line()
    {
        var json = LengthItem("\"atLeast\": \"three\"");

        var error = RubricJson.Errors(Loader(), json).Should().ContainSingle().Subject;

        error.Path.Should().Be("$.items[0].atLeast");
        error.Line.Should().Be(5);
        error.Message.Should().Contain("the string \"three\"");
    }

    [Fact]
    public void A_new_kinds_validation_and_member_shape_are_reported_like_the_built_in_ones()
    {
        RubricJson.Errors(Loader(), LengthItem("\"atLeast\": 0")).Should().ContainSingle()
            .Which.Message.Should().Be("a length check needs \"atLeast\" of at least 1");
        RubricJson.Errors(Loader(), LengthItem("\"atLeast\": 1").Replace("Q1.WhyOnlyFanInMatters", "Q1.InitScale", StringComparison.Ordinal))
            .Should().ContainSingle().Which.Message.Should().EndWith("but a length check needs a string property");
    }

    [Fact]
    public void The_new_kind_is_listed_with_the_others_and_its_fields_are_known()
    {
        var unknownKind = RubricJson.Errors(Loader(), LengthItem("\"atLeast\": 1").Replace("\"length\"", "\"lenght\"", StringComparison.Ordinal))
            .Should().ContainSingle(e => e.Path == "$.items[0].kind").Subject;

        unknownKind.Message.Should().EndWith("statistical, manual, completion, behaviour, scaledmlp, length");
        Loader().ItemFieldNames.Should().Contain("atLeast");
    }

    private static RubricLoader Loader() => new(Kinds, _ => false, _ => false);

    private static string LengthItem(string setting) =>
        RubricJson.WithItems($$"""{ "id": "l", "title": "L", "points": 1, "kind": "length", "members": ["Q1.WhyOnlyFanInMatters"], {{setting}} }""");

    private sealed record LengthSettings(int AtLeast) : KindSettings;

    /// <summary>A text of at least <c>atLeast</c> characters.</summary>
    private sealed class LengthKind : CheckKind<LengthSettings>
    {
        public override string Name => "length";

        public override IReadOnlyList<string> Fields { get; } = ["atLeast"];

        public override MemberShape Members { get; } = new(m => m.IsProperty && m.ReturnType == "string", "a string property");

        public override bool MembersHaveReferences => false;

        public override LengthSettings Read(ItemFields item) => new(item.Fields.Integer(item.Json, "atLeast", false) ?? 1);

        public override void Validate(ItemFields item, LengthSettings settings)
        {
            if (settings.AtLeast < 1)
            {
                item.Fail("a length check needs \"atLeast\" of at least 1");
            }
        }

        public override ICheck CreateCheck(RubricItem item, LengthSettings settings, CheckContext context) => new LengthCheck(item, settings);
    }

    private sealed class LengthCheck(RubricItem item, LengthSettings settings) : ICheck
    {
        public RubricItem Item { get; } = item;

        public IReadOnlyList<MemberCall> PlanCalls() => [.. Item.Targets.Select(t => GridPlanner.PropertyCall(t.Member))];

        public void ComputeReferences()
        {
        }

        public ItemResult Score(CallResults results)
        {
            var longEnough = PlanCalls().Count(c => results[c].Value?.Text?.Length >= settings.AtLeast);
            return ItemOutcome.Scored(Item, (double)longEnough / Item.Targets.Count, "long enough", []);
        }
    }
}
