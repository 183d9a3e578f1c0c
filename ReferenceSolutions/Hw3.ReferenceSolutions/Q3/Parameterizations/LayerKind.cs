namespace Hw3.ReferenceSolutions.Q3.Parameterizations;

/// <summary>The column headers of Table 3: which role a weight matrix plays in the network.</summary>
public enum LayerKind
{
    /// <summary>Input weights and all biases: fan-in is the fixed data dimension (or 1 for a bias).</summary>
    Input,

    /// <summary>Hidden weights: both fan-in and fan-out grow with width.</summary>
    Hidden,

    /// <summary>Output weights: fan-out is the fixed number of outputs.</summary>
    Output,
}
