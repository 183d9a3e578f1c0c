using Hw3.ReferenceSolutions.Q3.Parameterizations;

namespace Hw3.ReferenceSolutions.Q2.Network;

/// <summary>Where a dense layer sits (index from the input, Table 3 kind) and its dimensions.</summary>
public sealed record LayerShape(int Index, LayerKind Kind, int FanIn, int FanOut);
