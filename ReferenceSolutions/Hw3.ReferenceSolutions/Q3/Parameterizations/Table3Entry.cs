namespace Hw3.ReferenceSolutions.Q3.Parameterizations;

/// <summary>One cell of Table 3: how a quantity scales with width for one layer kind under one parameterization.</summary>
public sealed record Table3Entry(
    Parameterization Parameterization,
    LayerKind Layer,
    ScaledQuantity Quantity,
    WidthScaling Scaling);
