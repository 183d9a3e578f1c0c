using Hw3.Kit.Manifest;

namespace Hw3.Kit.Checking;

/// <summary>One visible item and what the kit said about it.</summary>
public sealed record KitItemResult(KitItem Item, KitVerdict Verdict);
