namespace NewsExtract.Core.Documents;

/// <summary>
/// A date or period found in the text. <see cref="Value"/> is ISO 8601 at the precision written
/// ("2018-12", "2018-12-30", "2018", or an interval "2018-01/2018-06"); <see cref="From"/> and <see cref="To"/>
/// are the first and last calendar days it covers, when they can be resolved.
/// </summary>
public sealed record DateMention(int Start, int End, string Value, DateOnly? From, DateOnly? To);
