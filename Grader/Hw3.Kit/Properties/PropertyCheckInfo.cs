namespace Hw3.Kit.Properties;

/// <summary>What a kit check can and cannot tell, for the student README (written from this, so it says what the code does).</summary>
public sealed record PropertyCheckInfo(string CanTell, string CannotTell);
