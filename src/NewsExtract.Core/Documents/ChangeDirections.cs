namespace NewsExtract.Core.Documents;

/// <summary>The record's vocabulary for the direction of a change stated with an amount (<c>change</c> on money).</summary>
public static class ChangeDirections
{
    /// <summary>rise, increase, growth, up, more, higher, jump…</summary>
    public const string Increase = "increase";

    /// <summary>fall, decrease, decline, drop, down, less, lower…</summary>
    public const string Decrease = "decrease";

    public static IReadOnlyList<string> All { get; } = [Increase, Decrease];
}
