using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction.Lexicons;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Extraction.Numbers.Context;

/// <summary>
/// Fills each amount's context from its sentence: <see cref="MoneyMention.Measure"/> (the nearest measure word
/// before the amount, else right after it: "trade turnover … $1.3 billion", "$349 million were exported"),
/// <see cref="MoneyMention.Period"/> (the date or period written with it, preferring the one after the amount and
/// never one inside the comparison) and <see cref="MoneyMention.Change"/> (a percentage right after the amount that
/// is stated as a change: "a rise of 14.2 percent on the year before", "5.76 percent more than …").
/// Rules are enough here: the cues are a closed set of words in fixed positions.
/// </summary>
public sealed partial class MoneyContextAnnotator : IPipelineComponent
{
    public const string Version = "money-context-rules-1";
    private const int BeforeWindow = 120;
    private const int AfterWindow = 60;

    public string Name => "money-context";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        if (document.Money.Count == 0) { document.Models[Name] = Version; return; }
        var text = document.Text;
        // Everything an amount looks at is found by bisection in lists sorted once, so the cost grows with the
        // article's length, not with its length times its number of amounts.
        var sentences = SentenceRanges.Of(document);
        var starts = document.Money.Select(m => m.Start).Order().ToArray();
        var ends = document.Money.Select(m => m.End).Order().ToArray();
        var dates = new RangeIndex([.. document.Dates.Select(d => (d.Start, d.End))]);
        var percents = document.Percentages.Count > 0
            ? document.Percentages.Select(p => (p.Start, p.End)).ToList()
            : [.. PercentPattern().Matches(text).Select(m => (m.Index, m.Index + m.Length))];
        var percentsByStart = percents.OrderBy(p => p.Start).ToArray();
        for (int i = 0; i < document.Money.Count; i++)
        {
            var money = document.Money[i];
            int sentence = SentenceRanges.IndexAt(sentences, money.Start);
            var (sStart, sEnd) = sentence >= 0 ? sentences[sentence] : (0, 0);
            if (sEnd == 0) (sStart, sEnd) = (0, text.Length);
            int next = FirstAtOrAfter(starts, money.End);
            int nextMoney = next < starts.Length && starts[next] < sEnd ? starts[next] : sEnd;
            int previous = FirstAtOrAfter(ends, money.Start + 1) - 1;
            int previousMoney = previous >= 0 && ends[previous] > sStart ? ends[previous] : sStart;
            int sentenceEnd = sentence >= 0 ? sentences[sentence].End : text.Length;
            var change = FindChange(text, percentsByStart, money, nextMoney, sentenceEnd);
            document.Money[i] = money with
            {
                Measure = FindMeasure(text, money, previousMoney, nextMoney, sStart),
                Period = FindPeriod(text, dates, money, sStart, sentenceEnd, nextMoney, change),
                Change = change is { } c ? text[c.Start..c.End] : null,
                ChangeDirection = change is { } d ? DirectionOf(text[d.Start..d.End]) : null,
            };
        }
        document.Models[Name] = Version;
    }

    private static string FindMeasure(string text, MoneyMention money, int previousMoney, int nextMoney, int sentenceStart)
    {
        (string Measure, int Distance)? before = null, after = null;
        int beforeFrom = Math.Max(sentenceStart, money.Start - BeforeWindow);
        int afterTo = Math.Min(nextMoney, money.End + AfterWindow);
        // The windows are matched in place (a span of the text is matched as a string of its own would be: its ends
        // are the input's ends), without copying them or allocating a Match per cue.
        var beforeWindow = text.AsSpan(beforeFrom, money.Start - beforeFrom);
        var afterWindow = afterTo > money.End ? text.AsSpan(money.End, afterTo - money.End) : [];
        foreach (var (measure, cue) in MoneyMeasures.Cues)
        {
            foreach (var m in cue.EnumerateMatches(beforeWindow))
            {
                int distance = money.Start - (beforeFrom + m.Index + m.Length);
                // a cue before an earlier amount belongs to it only when nothing but that amount sits between
                if (beforeFrom + m.Index < previousMoney) distance += 40;
                if (before is null || distance < before.Value.Distance) before = (measure, distance);
            }
            if (afterTo > money.End)
            {
                foreach (var m in cue.EnumerateMatches(afterWindow))
                {
                    int distance = m.Index;
                    if (after is null || distance < after.Value.Distance) after = (measure, distance);
                }
            }
        }
        if (before is { } b && (after is null || b.Distance <= 60 || after.Value.Distance > 30)) return b.Measure;
        return after?.Measure ?? MoneyMeasures.Other;
    }

    /// <summary>The index of the first value ≥ <paramref name="value"/> in a sorted array (its length when none).</summary>
    private static int FirstAtOrAfter(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static string? FindPeriod(string text, RangeIndex dates, MoneyMention money, int sentenceStart, int sentenceEnd, int nextMoney, (int Start, int End)? change)
    {
        // the order of the candidates does not matter: the choice below sorts them by position
        var candidates = dates.Overlapping(sentenceStart, sentenceEnd)
            .Concat(PeriodFinder.Find(text, sentenceStart, sentenceEnd))
            .Where(d => d.Start >= sentenceStart && d.End <= sentenceEnd)
            .Where(d => change is not { } c || d.End <= c.Start || d.Start >= c.End)
            .Where(d => !IsCalendarDay(text, d))
            .ToList();
        var after = candidates.Where(d => d.Start >= money.End && d.Start < nextMoney && d.Start - money.End <= 80).OrderBy(d => d.Start).ThenByDescending(d => d.End).FirstOrDefault();
        if (after != default) return text[after.Start..after.End];
        var before = candidates.Where(d => d.End <= money.Start).OrderByDescending(d => d.End).ThenBy(d => d.Start).FirstOrDefault();
        return before != default ? text[before.Start..before.End] : null;
    }

    /// <summary>A single day ("on May 15") dates an event, not the period an amount covers; months and years do.</summary>
    private static bool IsCalendarDay(string text, (int Start, int End) d) => DayPattern().IsMatch(text[d.Start..d.End]);

    private static (int Start, int End)? FindChange(string text, (int Start, int End)[] percentsByStart, MoneyMention money, int nextMoney, int sentenceEnd)
    {
        int lo = 0, hi = percentsByStart.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (percentsByStart[mid].Start < money.End) lo = mid + 1; else hi = mid;
        }
        for (int k = lo; k < percentsByStart.Length && percentsByStart[k].Start < nextMoney; k++)
        {
            var (pStart, pEnd) = percentsByStart[k];
            if (pStart - money.End > 120) break;
            var gap = text[money.End..pStart];
            var cue = CuePattern().Match(gap);
            var tail = text[pEnd..Math.Min(text.Length, pEnd + 40)];
            bool compares = ComparisonPattern().IsMatch(tail);
            if (!cue.Success && !compares) continue;
            int start = cue.Success ? money.End + cue.Groups["cue"].Index : pStart;
            int end = pEnd;
            if (compares)
            {
                // a stop past the sentence's end counts as its end: look no further
                int stop = text.IndexOfAny([',', ';', '(', ')'], pEnd, Math.Max(0, Math.Min(text.Length, sentenceEnd + 1) - pEnd));
                end = stop < 0 || stop > sentenceEnd ? sentenceEnd : stop;
                while (end > pEnd && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '!' or '?')) end--;
            }
            return (start, end);
        }
        return null;
    }

    /// <summary>"increase" or "decrease" from the change's wording, or null when it does not say.</summary>
    private static string? DirectionOf(string change)
    {
        bool up = IncreaseWords().IsMatch(change), down = DecreaseWords().IsMatch(change);
        return up == down ? null : up ? ChangeDirections.Increase : ChangeDirections.Decrease;
    }

    [GeneratedRegex(@"\b(?:increase[sd]?|rise|rose|risen|growth|grew|grow[sn]?|jump(?:ed|s)?|up|more|higher|gain(?:ed|s)?|surge[sd]?|climb(?:ed|s)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IncreaseWords();

    [GeneratedRegex(@"\b(?:decrease[sd]?|decline[sd]?|drop(?:ped|s)?|fall|fell|fallen|reduction|reduced|down|less|lower|shr[au]nk|contract(?:ed|ion))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DecreaseWords();

    [GeneratedRegex(@"(?<cue>(?:an?|the) (?:increase|decrease|rise|growth|drop|decline|fall|jump|reduction) (?:of|by)|(?:up|down|increased|decreased|rose|grew|fell|dropped|declined|jumped|higher|lower|more|less) by|up|down)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CuePattern();

    [GeneratedRegex(@"^\s*(?:more|less|higher|lower|up|down|over|than|compared|against|year-on-year|y-o-y|on year|from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonPattern();

    [GeneratedRegex(@"\d+(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b)")]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)\s+\d{1,2}(?!\d)|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday", RegexOptions.IgnoreCase)]
    private static partial Regex DayPattern();
}
