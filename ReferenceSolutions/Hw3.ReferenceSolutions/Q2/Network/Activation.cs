namespace Hw3.ReferenceSolutions.Q2.Network;

/// <summary>The nonlinearity applied after every hidden layer.</summary>
public enum Activation
{
    /// <summary>The notebook's choice.</summary>
    Sigmoid,
    Relu,
}
