using System.Text.RegularExpressions;

namespace NewsExtract.Extraction.Numbers.Context;

/// <summary>
/// Periods written as words that a date recogniser may leave out because they have no calendar anchor in
/// themselves ("the first half of the year", "the first six months of 2017", "last year", "the same period").
/// </summary>
public static partial class PeriodFinder
{
    public static IEnumerable<(int Start, int End)> Find(string text, int start, int end)
    {
        foreach (Match m in Pattern().Matches(text[start..end]))
        {
            var g = m.Groups["year"].Success ? (Capture)m.Groups["year"] : m;
            int from = start + g.Index;
            // "the" is not part of the period as written ("the first half of 2018" → "first half of 2018")
            if (text.AsSpan(from).StartsWith("the ", StringComparison.Ordinal)) from += 4;
            yield return (from, start + g.Index + g.Length);
        }
    }

    [GeneratedRegex(@"\b(?:the )?(?:first|second|third|fourth|last) (?:half|quarter) of (?:the (?:current )?year|this year|last year|\d{4})|\b(?:the )?(?:first|last) (?:two|three|four|five|six|seven|eight|nine|ten|eleven) months of (?:the (?:current )?year|this year|last year|\d{4})|\b(?:last|this|next|the previous|the current) year\b|\b(?:H[12]|Q[1-4]) \d{4}|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)[-–](?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}|\b(?:in|by|for|since|during) (?<year>(?:19|20)\d{2})\b")]
    private static partial Regex Pattern();
}
