namespace Hw3.ReferenceSolutions.Q3.Parameterizations;

/// <summary>The two columns of values in Table 3 of Tensor Programs V.</summary>
public enum Parameterization
{
    /// <summary>Standard parameterization (SP): the bracketed entries of Table 3.</summary>
    Standard,

    /// <summary>Maximal update parameterization (μP).</summary>
    MaximalUpdate,
}
