namespace Hw3.ReferenceSolutions.Q2.Network;

/// <summary>
/// The notebook's ScaledMLP (Q2(d)): every layer that produces a hidden activation divides its output
/// by its fan-in, and its initial weights are multiplied by its fan-in, so the function at
/// initialization is unchanged. The output layer is left alone.
/// </summary>
public static class ScaledMlpRule
{
    public static double ForwardMultiplier(int fanIn) => 1.0 / fanIn;

    public static double InitMultiplier(int fanIn) => fanIn;

}
