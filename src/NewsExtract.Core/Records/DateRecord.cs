namespace NewsExtract.Core.Records;

/// <summary>
/// A date or period: <see cref="Value"/> ISO 8601 at the precision written ("2018-12", "2018-01/2018-06");
/// <see cref="From"/>/<see cref="To"/> the calendar days covered (yyyy-MM-dd) when resolved.
/// </summary>
public sealed record DateRecord(string Text, string Value, string? From, string? To, int Start, int End);
