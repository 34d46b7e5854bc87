namespace NewsExtract.Core.Records;

/// <summary>
/// A monetary amount: <see cref="Amount"/> in units of <see cref="Currency"/> (ISO 4217); for a range the lower end,
/// with the upper end in <see cref="AmountMax"/>. Measure, period and change are filled when the context says.
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
    string? Change);
