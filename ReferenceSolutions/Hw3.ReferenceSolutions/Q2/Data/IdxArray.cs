namespace Hw3.ReferenceSolutions.Q2.Data;

/// <summary>The contents of an IDX file of unsigned bytes: its dimensions and the bytes in row-major order.</summary>
public sealed record IdxArray(IReadOnlyList<int> Dimensions, byte[] Data);
