using System.Text.RegularExpressions;

namespace NewsExtract.Extraction.Records;

/// <summary>
/// The ISO 8601 forms a record's <c>dates[].value</c> may take: a year, month or day ("2018", "2018-12",
/// "2018-12-30"), an ISO week ("2018-W50"), or an interval of two of them ("2018-01/2018-06"). Anything else (the
/// text of a date that could not be placed in time, a year-less "--12-30") is not written as a value.
/// </summary>
public static partial class IsoDateValue
{
    public static bool IsIso(string? value) => value is not null && Pattern().IsMatch(value);

    [GeneratedRegex(@"^(?:\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2})?)?)(?:/\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2})?)?)?$")]
    private static partial Regex Pattern();
}
