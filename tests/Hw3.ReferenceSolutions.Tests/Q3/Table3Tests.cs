using Hw3.ReferenceSolutions.Q3;
using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Tests.Q3;

/// <summary>Table 3 of Tensor Programs V as data, checked cell by cell against the answer key.</summary>
public sealed class Table3Tests
{
    // The answer key's table, written as (fan_in exponent, fan_out exponent).
    public static TheoryData<Parameterization, LayerKind, ScaledQuantity, double, double> KeyCells => new()
    {
        { Parameterization.MaximalUpdate, LayerKind.Input, ScaledQuantity.InitVariance, -1, 0 },
        { Parameterization.MaximalUpdate, LayerKind.Output, ScaledQuantity.InitVariance, -2, 0 },
        { Parameterization.MaximalUpdate, LayerKind.Hidden, ScaledQuantity.InitVariance, -1, 0 },
        { Parameterization.MaximalUpdate, LayerKind.Input, ScaledQuantity.SgdLearningRate, 0, 1 },
        { Parameterization.MaximalUpdate, LayerKind.Output, ScaledQuantity.SgdLearningRate, -1, 0 },
        { Parameterization.MaximalUpdate, LayerKind.Hidden, ScaledQuantity.SgdLearningRate, 0, 0 },
        { Parameterization.MaximalUpdate, LayerKind.Input, ScaledQuantity.AdamLearningRate, 0, 0 },
        { Parameterization.MaximalUpdate, LayerKind.Output, ScaledQuantity.AdamLearningRate, -1, 0 },
        { Parameterization.MaximalUpdate, LayerKind.Hidden, ScaledQuantity.AdamLearningRate, -1, 0 },
        { Parameterization.Standard, LayerKind.Input, ScaledQuantity.InitVariance, -1, 0 },
        { Parameterization.Standard, LayerKind.Output, ScaledQuantity.InitVariance, -1, 0 },
        { Parameterization.Standard, LayerKind.Hidden, ScaledQuantity.InitVariance, -1, 0 },
        { Parameterization.Standard, LayerKind.Input, ScaledQuantity.SgdLearningRate, 0, 0 },
        { Parameterization.Standard, LayerKind.Output, ScaledQuantity.SgdLearningRate, 0, 0 },
        { Parameterization.Standard, LayerKind.Hidden, ScaledQuantity.SgdLearningRate, 0, 0 },
        { Parameterization.Standard, LayerKind.Input, ScaledQuantity.AdamLearningRate, 0, 0 },
        { Parameterization.Standard, LayerKind.Output, ScaledQuantity.AdamLearningRate, 0, 0 },
        { Parameterization.Standard, LayerKind.Hidden, ScaledQuantity.AdamLearningRate, 0, 0 },
    };

    [Theory]
    [MemberData(nameof(KeyCells))]
    public void Every_cell_matches_the_answer_key(
        Parameterization parameterization, LayerKind layer, ScaledQuantity quantity, double fanInExponent, double fanOutExponent)
    {
        Table3.Lookup(parameterization, layer, quantity).Should().Be(new WidthScaling(fanInExponent, fanOutExponent));
    }

    [Fact]
    public void The_table_holds_exactly_one_entry_per_cell()
    {
        Table3.Entries.Should().HaveCount(2 * 3 * 3);
        Table3.Entries.Select(e => (e.Parameterization, e.Layer, e.Quantity)).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void The_hidden_adam_lr_exponents_are_read_from_the_table()
    {
        Q3Reference.StandardParamHiddenAdamLrExponent().Should().Be(0);
        Q3Reference.MuPHiddenAdamLrExponent().Should().Be(-1);
    }

    [Fact]
    public void A_width_scaling_evaluates_as_a_monomial_in_fan_in_and_fan_out()
    {
        new WidthScaling(-2, 0).Evaluate(8, 100).Should().BeApproximately(1.0 / 64, 1e-15);
        new WidthScaling(0, 1).Evaluate(8, 100).Should().BeApproximately(100, 1e-12);
        new WidthScaling(-0.5, 0.5).Evaluate(4, 64).Should().BeApproximately(4, 1e-12);
        WidthScaling.Constant.Evaluate(3, 5).Should().Be(1);
    }

    [Fact]
    public void A_width_scaling_prints_like_the_paper()
    {
        new WidthScaling(-1, 0).ToString().Should().Be("fan_in^-1");
        new WidthScaling(0, 1).ToString().Should().Be("fan_out");
        new WidthScaling(-0.5, 0.5).ToString().Should().Be("fan_in^-0.5·fan_out^0.5");
        WidthScaling.Constant.ToString().Should().Be("1");
    }
}
