using Hw3.ReferenceSolutions.Q2.Network;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Hw3.ReferenceSolutions.Tests.Q2;

public sealed class MatrixProductsTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(7, 5, 3)]
    [InlineData(37, 23, 11)]
    [InlineData(64, 16, 32)]
    public void The_hand_written_products_agree_with_mathnet(int m, int k, int n)
    {
        var random = new Random(m + k + n);
        var normal = new Normal(0, 1, random);
        var a = Matrix<double>.Build.Random(m, k, normal);
        var b = Matrix<double>.Build.Random(k, n, normal);
        var c = Matrix<double>.Build.Random(m, n, normal);
        var d = Matrix<double>.Build.Random(n, k, normal);

        (MatrixProducts.Multiply(a, b) - (a * b)).FrobeniusNorm().Should().BeLessThan(1e-10);
        (MatrixProducts.TransposeThisAndMultiply(a, c) - a.TransposeThisAndMultiply(c)).FrobeniusNorm().Should().BeLessThan(1e-10);
        (MatrixProducts.MultiplyByTranspose(a, d) - a.TransposeAndMultiply(d)).FrobeniusNorm().Should().BeLessThan(1e-10);
    }

    [Fact]
    public void Mismatched_inner_dimensions_are_rejected()
    {
        var a = Matrix<double>.Build.Dense(3, 4);
        var b = Matrix<double>.Build.Dense(5, 2);

        var act = () => MatrixProducts.Multiply(a, b);

        act.Should().Throw<ArgumentException>();
    }
}
