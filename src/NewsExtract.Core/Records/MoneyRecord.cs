namespace NewsExtract.Core.Records;

/// <summary>
/// A monetary amount: <see cref="Amount"/> in units of <see cref="Currency"/> (ISO 4217); for a range the lower end,
/// with the upper end in <see cref="AmountMax"/>. Measure, period and change are filled when the context says:
/// <see cref="Measure"/> from the measure vocabulary (trade turnover … other), <see cref="Change"/> "increase" or
/// "decrease" (schema version 2; version 1 carried the wording, now in <see cref="ChangeText"/>).
/// </summary>
public sealed record MoneyRecord(
    string Text,
    decimal Amount,
    decimal? AmountMax,
    string Currency,
    int Start,
    int End,
    string? Measure,
    string? Period,
    string? Change)
{
    /// <summary>How the text hedges the amount: "about", "more than", "less than", "nearly", "at least", "up to", or null.</summary>
    public string? Qualifier { get; init; }

    /// <summary>The change stated with the amount as written ("a rise of 14.2 percent on the year before"); <see cref="Change"/> is its direction.</summary>
    public string? ChangeText { get; init; }
}
