using Hw3.Grader.Checks.Kinds.Choice;
using Hw3.Grader.Checks;
using Hw3.Grader.Protocol.Values;

namespace Hw3.Grader.Tests.Checks;

public sealed class ChoiceComparerTests
{
    private static readonly ChoiceComparer Norms = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["frobenius"] = ["frobenius norm", "fro"],
        ["spectral"] = ["operator norm", "σmax"],
        ["rms-to-rms"] = [],
    });

    [Theory]
    [InlineData("RMS->RMS")]
    [InlineData("rms to rms")]
    [InlineData("RMS-to-RMS")]
    [InlineData("rms→rms")]
    [InlineData("RMS => RMS")]
    [InlineData("  Rms_To_Rms ")]
    [InlineData("rms-to-rms")]
    public void Spellings_of_rms_to_rms_are_one_choice(string spelling)
    {
        Norms.Resolve(spelling).Should().Be("rms-to-rms");
        Norms.Mismatch(WireValue.Of(spelling), WireValue.Of("rms-to-rms")).Should().BeNull();
    }

    [Theory]
    [InlineData("Frobenius Norm", "frobenius")]
    [InlineData("FRO", "frobenius")]
    [InlineData("Operator-Norm", "spectral")]
    [InlineData("ΣMAX", "spectral")]
    public void Listed_spellings_resolve_to_their_choice(string spelling, string choice)
    {
        Norms.Resolve(spelling).Should().Be(choice);
    }

    [Fact]
    public void Normalising_keeps_only_letters_and_digits_in_lower_case_with_arrows_as_to()
    {
        ChoiceSpelling.Normalise("Fan-In_2 -> Out").Should().Be("fanin2toout");
        ChoiceSpelling.Normalise("a→b").Should().Be(ChoiceSpelling.Normalise("a to b"));
    }

    [Fact]
    public void An_unknown_choice_is_named_and_the_choices_listed()
    {
        var message = Norms.Mismatch(WireValue.Of("nuclear"), WireValue.Of("rms-to-rms"));

        message.Should().Be("answered \"nuclear\", which is not one of the choices (frobenius, spectral, rms-to-rms)");
        Norms.Resolve("nuclear").Should().BeNull();
    }

    [Fact]
    public void A_wrong_choice_does_not_name_the_right_one()
    {
        var message = Norms.Mismatch(WireValue.Of("Spectral"), WireValue.Of("rms-to-rms"));

        message.Should().Be("answered \"Spectral\", which is not the right choice");
    }

    [Fact]
    public void A_value_that_is_not_text_is_refused_with_the_choices_listed()
    {
        Norms.Mismatch(WireValue.Of(2), WireValue.Of("spectral")).Should().Be("returned 2; expected one of the choices (frobenius, spectral, rms-to-rms)");
        Norms.Mismatch(WireValue.Null, WireValue.Of("spectral")).Should().StartWith("returned null");
    }

    [Fact]
    public void Words_that_merely_contain_a_choice_are_not_that_choice()
    {
        Norms.Resolve("not spectral").Should().BeNull();
        Norms.Resolve("").Should().BeNull();
    }
}
