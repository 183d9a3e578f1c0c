namespace Hw3.ReferenceSolutions.Q3.Parameterizations;

/// <summary>The row headers of Table 3: the hyperparameters whose width scaling the table prescribes.</summary>
public enum ScaledQuantity
{
    InitVariance,
    SgdLearningRate,
    AdamLearningRate,
}
