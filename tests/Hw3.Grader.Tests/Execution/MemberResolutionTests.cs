using Hw3.Grader.Protocol.Values;
using static Hw3.Grader.Tests.Execution.Calls;

namespace Hw3.Grader.Tests.Execution;

public sealed class MemberResolutionTests(ResolutionSubmissionFixture fixture) : IClassFixture<ResolutionSubmissionFixture>
{
    [Fact]
    public async Task A_missing_class_is_type_missing()
    {
        var outcome = await fixture.Session.Call(Method("Q5", "ForwardOps", ("int", WireValue.Of(10)), ("int", WireValue.Of(5))));

        outcome.Status.Should().Be(CallStatus.TypeMissing);
        outcome.Message.Should().Be("class Q5 was not found");
    }

    [Fact]
    public async Task A_class_inside_a_namespace_is_type_missing_with_a_hint()
    {
        var outcome = await fixture.Session.Call(Method("Q9", "One"));

        outcome.Status.Should().Be(CallStatus.TypeMissing);
        outcome.Message.Should().Be("Q9 is inside namespace Foo; it must be in the global namespace");
    }

    [Fact]
    public async Task A_nested_class_or_a_miscased_one_is_type_missing_with_a_hint()
    {
        var nested = await fixture.Session.Call(Method("Q8", "One"));
        var miscased = await fixture.Session.Call(Method("Q7", "One"));

        nested.Message.Should().Be("Q8 is nested inside class Outer; it must be a top-level class");
        miscased.Status.Should().Be(CallStatus.TypeMissing);
        miscased.Message.Should().Be("class Q7 was not found (there is a class q7; names are case-sensitive)");
    }

    [Fact]
    public async Task A_missing_member_is_member_missing()
    {
        var outcome = await fixture.Session.Call(Value("Q1", "WhyOnlyFanInMatters"));

        outcome.Status.Should().Be(CallStatus.MemberMissing);
        outcome.Message.Should().Be("Q1 has no member WhyOnlyFanInMatters");
    }

    [Fact]
    public async Task A_miscased_member_is_member_missing_with_a_hint()
    {
        var outcome = await fixture.Session.Call(Value("Q1", "INITSCALE"));

        outcome.Status.Should().Be(CallStatus.MemberMissing);
        outcome.Message.Should().Be("Q1 has no member INITSCALE (there is Q1.InitScale; names are case-sensitive)");
    }

    [Fact]
    public async Task Other_parameter_types_are_a_signature_mismatch_naming_both_signatures()
    {
        var outcome = await fixture.Session.Call(Method("Q1", "InitScale", ("int", WireValue.Of(16)), ("int", WireValue.Of(4))));

        outcome.Status.Should().Be(CallStatus.SignatureMismatch);
        outcome.Message.Should().Be("found Q1.InitScale(double, double); expected Q1.InitScale(int, int)");
    }

    [Fact]
    public async Task Every_overload_is_named_when_none_fits()
    {
        var outcome = await fixture.Session.Call(Method("Q1", "Overloaded", ("double", WireValue.Of(1.0))));

        outcome.Message.Should().Be("found Q1.Overloaded(int) and Q1.Overloaded(string); expected Q1.Overloaded(double)");
    }

    [Fact]
    public async Task A_method_asked_for_as_a_value_is_a_signature_mismatch()
    {
        var outcome = await fixture.Session.Call(Value("Q1", "InitScale"));

        outcome.Status.Should().Be(CallStatus.SignatureMismatch);
        outcome.Message.Should().Be("found Q1.InitScale(double, double); expected Q1.InitScale");
    }

    [Fact]
    public async Task Instance_members_are_reported_as_needing_to_be_static()
    {
        var method = await fixture.Session.Call(Method("Q2", "Scale", ("int", WireValue.Of(3))));
        var property = await fixture.Session.Call(Value("Q2", "Level"));

        method.Status.Should().Be(CallStatus.SignatureMismatch);
        method.Message.Should().Be("Q2.Scale(int) must be static");
        property.Message.Should().Be("Q2.Level must be static");
    }

    [Fact]
    public async Task A_static_member_is_called_whatever_its_accessibility()
    {
        var outcome = await fixture.Session.Call(Method("Q3", "Hidden", ("int", WireValue.Of(3))));

        outcome.Status.Should().Be(CallStatus.Returned);
        outcome.Value.Should().Be(WireValue.Of(1.5));
    }
}
