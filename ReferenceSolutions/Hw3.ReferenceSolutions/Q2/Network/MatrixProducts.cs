using System.Runtime.InteropServices;
using MathNet.Numerics.LinearAlgebra;
using SimdVector = System.Numerics.Vector;

namespace Hw3.ReferenceSolutions.Q2.Network;

/// <summary>
/// The three dense products an MLP's forward and backward passes need, on MathNet's column-major
/// storage with SIMD inner loops, single-threaded. MathNet's managed provider computes the same
/// products several times slower at these sizes (and parallelizes them, which costs more than it
/// gains on a loaded two-core machine), and the grader's references must finish in seconds.
/// </summary>
public static class MatrixProducts
{
    /// <summary>a · b.</summary>
    public static Matrix<double> Multiply(Matrix<double> a, Matrix<double> b)
    {
        RequireEqual(a.ColumnCount, b.RowCount);
        int m = a.RowCount, k = a.ColumnCount, n = b.ColumnCount;
        var left = DenseStorage.Of(a);
        var right = DenseStorage.Of(b);
        var result = new double[m * n];
        for (var j = 0; j < n; j++)
        {
            var target = result.AsSpan(j * m, m);
            for (var p = 0; p < k; p++)
            {
                Axpy(right[(j * k) + p], left.AsSpan(p * m, m), target);
            }
        }

        return Matrix<double>.Build.Dense(m, n, result);
    }

    /// <summary>aᵀ · b.</summary>
    public static Matrix<double> TransposeThisAndMultiply(Matrix<double> a, Matrix<double> b)
    {
        RequireEqual(a.RowCount, b.RowCount);
        int k = a.RowCount, m = a.ColumnCount, n = b.ColumnCount;
        var left = DenseStorage.Of(a);
        var right = DenseStorage.Of(b);
        var result = new double[m * n];
        for (var j = 0; j < n; j++)
        {
            var column = right.AsSpan(j * k, k);
            for (var i = 0; i < m; i++)
            {
                result[(j * m) + i] = Dot(left.AsSpan(i * k, k), column);
            }
        }

        return Matrix<double>.Build.Dense(m, n, result);
    }

    /// <summary>a · bᵀ.</summary>
    public static Matrix<double> MultiplyByTranspose(Matrix<double> a, Matrix<double> b)
    {
        RequireEqual(a.ColumnCount, b.ColumnCount);
        int m = a.RowCount, k = a.ColumnCount, n = b.RowCount;
        var left = DenseStorage.Of(a);
        var right = DenseStorage.Of(b);
        var result = new double[m * n];
        for (var j = 0; j < n; j++)
        {
            var target = result.AsSpan(j * m, m);
            for (var p = 0; p < k; p++)
            {
                Axpy(right[(p * n) + j], left.AsSpan(p * m, m), target);
            }
        }

        return Matrix<double>.Build.Dense(m, n, result);
    }

    /// <summary>y ← y + s·x.</summary>
    private static void Axpy(double s, ReadOnlySpan<double> x, Span<double> y)
    {
        if (s == 0)
        {
            return;
        }

        var i = 0;
        if (SimdVector.IsHardwareAccelerated)
        {
            var scale = new System.Numerics.Vector<double>(s);
            var xs = MemoryMarshal.Cast<double, System.Numerics.Vector<double>>(x);
            var ys = MemoryMarshal.Cast<double, System.Numerics.Vector<double>>(y);
            for (var v = 0; v < xs.Length; v++)
            {
                ys[v] += scale * xs[v];
            }

            i = xs.Length * System.Numerics.Vector<double>.Count;
        }

        for (; i < x.Length; i++)
        {
            y[i] += s * x[i];
        }
    }

    private static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var i = 0;
        var total = 0.0;
        if (SimdVector.IsHardwareAccelerated)
        {
            var xs = MemoryMarshal.Cast<double, System.Numerics.Vector<double>>(x);
            var ys = MemoryMarshal.Cast<double, System.Numerics.Vector<double>>(y);
            var sum = System.Numerics.Vector<double>.Zero;
            for (var v = 0; v < xs.Length; v++)
            {
                sum += xs[v] * ys[v];
            }

            total = SimdVector.Sum(sum);
            i = xs.Length * System.Numerics.Vector<double>.Count;
        }

        for (; i < x.Length; i++)
        {
            total += x[i] * y[i];
        }

        return total;
    }

    private static void RequireEqual(int inner, int otherInner)
    {
        if (inner != otherInner)
        {
            throw new ArgumentException($"inner dimensions differ: {inner} vs {otherInner}");
        }
    }
}
