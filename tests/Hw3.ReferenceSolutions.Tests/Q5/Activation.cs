namespace Hw3.ReferenceSolutions.Tests.Q5;

/// <summary>The output of one layer (layer 0 is the network input): s numbers, tracked by which layer made it.</summary>
public readonly record struct Activation(int Layer)
{
    public override string ToString() => "L" + Layer.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
