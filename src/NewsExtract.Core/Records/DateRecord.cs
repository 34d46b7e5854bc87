namespace NewsExtract.Core.Records;

/// <summary>
/// A date or period: <see cref="Value"/> ISO 8601 at the precision written ("2018-12", "2018-01/2018-06");
/// <see cref="From"/>/<see cref="To"/> the calendar days covered (yyyy-MM-dd) when resolved. An ISO week is written
/// "2018-W50". A date that cannot be placed in time (a relative date without a publication date, a day without a
/// year) keeps its <see cref="Text"/> and has <see cref="Value"/> null.
/// </summary>
public sealed record DateRecord(string Text, string? Value, string? From, string? To, int Start, int End);
