using System.Globalization;
using Hw3.Grader.Checks;
using Hw3.Grader.Tests.Reporting;

namespace Hw3.Grader.Tests.Checks;

public sealed class StableSeedTests
{
    [Fact]
    public void A_derived_seed_depends_only_on_the_seed_and_the_labels()
    {
        StableSeed.Derive(182003, "q4a", "linear", 3, 0.3).Should().Be(StableSeed.Derive(182003, "q4a", "linear", 3, 0.3));
        StableSeed.Derive(182003, "q4a").Should().NotBe(StableSeed.Derive(182004, "q4a"));
        StableSeed.Derive(182003, "q4a").Should().NotBe(StableSeed.Derive(182003, "q4b"));
        StableSeed.Derive(182003, "q4a", 1).Should().NotBe(StableSeed.Derive(182003, "q4a", 2));
    }

    [Fact]
    public void Derived_seeds_are_never_negative()
    {
        Enumerable.Range(0, 1000).Select(i => StableSeed.Derive(i, "label")).Should().OnlyContain(s => s >= 0);
    }

    [Fact]
    public void A_decimal_comma_culture_does_not_change_a_derived_seed()
    {
        var invariant = StableSeed.Derive(1, "q4a", 0.3, 2.5);

        int german;
        using (CommaCulture.Use())
        {
            0.3.ToString(CultureInfo.CurrentCulture).Should().Be("0,3", "the culture really uses a decimal comma");
            german = StableSeed.Derive(1, "q4a", 0.3, 2.5);
        }

        german.Should().Be(invariant);
    }
}
