using Hw3.Grader.Protocol.Messages;
using Hw3.Grader.Tests.Compilation;

namespace Hw3.Grader.Tests.Policy;

/// <summary>Constructs the policy refuses by their syntax alone: unsafe code, pointers, extern methods, <c>__makeref</c>.</summary>
[Collection(SharedCompilerCollection.Name)]
public sealed class SyntaxRuleTests(SharedCompilerFixture fixture)
{
    [Fact]
    public async Task An_unsafe_block_is_refused_by_the_policy_as_well_as_by_the_compiler()
    {
        var failed = await PolicySubmission.Refused(fixture.Pool, PolicySubmission.With("public static int Attack() { int x = 1; unsafe { x++; } return x; }"));

        var refusals = PolicySubmission.PolicyErrors(failed);
        refusals.Should().OnlyContain(d => d.Line == PolicySubmission.AttackLine && d.Code == "HW3P001");
        refusals.Should().Contain(d => d.Message == "an unsafe block is not allowed: unsafe code and pointers", PolicySubmission.Describe(failed));
        failed.Diagnostics.Should().Contain(d => d.Code == "CS0227", "unsafe code stays off in the compiler too");
    }

    [Fact]
    public async Task A_pointer_type_in_a_signature_is_refused_by_name()
    {
        var failed = await PolicySubmission.Refused(fixture.Pool, PolicySubmission.With("public static unsafe int Attack(int* p) => *p;"));

        PolicySubmission.PolicyErrors(failed).Should().Contain(
            d => d.Line == PolicySubmission.AttackLine && d.Message == "the pointer type int* is not allowed: unsafe code and pointers",
            PolicySubmission.Describe(failed));
    }

    /// <summary>
    /// HOLE: the checks on tokens (the <c>extern</c> and <c>unsafe</c> modifiers, <c>__arglist</c>,
    /// <c>__makeref</c>, <c>__reftype</c>, <c>__refvalue</c>) live in <c>PolicyWalker.VisitToken</c>, which a
    /// <c>CSharpSyntaxWalker</c> only calls when built with <c>SyntaxWalkerDepth.Token</c>; the walker uses the
    /// default depth (nodes), so none of them ever runs. An extern method without attributes compiles.
    /// </summary>
    [Fact]
    public async Task An_extern_method_is_refused_even_without_a_DllImport_attribute()
    {
        var outcome = await fixture.Pool.CompileAsync([PolicySubmission.With("private static extern int getpid();")], CancellationToken.None);

        PolicySubmission.PolicyErrors(outcome).Should().ContainSingle("the extern modifier is refused by syntax").Which.Should().Match<CompileDiagnostic>(d =>
            d.Line == PolicySubmission.AttackLine && d.Message == "the extern modifier is not allowed: extern methods (native code)");
    }

    /// <summary>HOLE (same cause as the extern modifier): <c>__makeref</c> is refused only by the token check that never runs.</summary>
    [Fact]
    public async Task Makeref_is_refused_even_when_its_typed_reference_is_never_named()
    {
        var outcome = await fixture.Pool.CompileAsync(
            [PolicySubmission.With("public static int Attack() { int x = 1; var r = __makeref(x); return __refvalue(r, int); }")],
            CancellationToken.None);

        PolicySubmission.PolicyErrors(outcome).Should().Contain(
            d => d.Line == PolicySubmission.AttackLine && d.Message.StartsWith("__", StringComparison.Ordinal) && d.Message.Contains(" is not allowed: reflection", StringComparison.Ordinal),
            PolicySubmission.Describe(outcome));
    }
}
