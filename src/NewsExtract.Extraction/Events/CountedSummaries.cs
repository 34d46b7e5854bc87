using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Numbers;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// A sentence that counts several events of its type at its trigger ("signed five cooperation agreements",
/// "the five accords were inked", "named two new ministers") sums up events the article then tells one by one. When
/// the article has at least two other events of that type, each naming a party the summary does not, the summary is
/// their sum and not one more event: it is dropped, as the annotation guide counts each of them once. A summary with
/// nothing itemised stays the one event the article reports ("11 supply contracts were inked"). The count is a
/// cardinal from two to ninety-nine, in words or digits, within three words of the trigger, that is no amount of
/// money, percentage or date the number recognisers found. Legal, conflict and trade sentences count people and
/// things, not events, and are never summaries.
/// </summary>
public static partial class CountedSummaries
{
    private const int Window = 3;

    /// <summary>
    /// Types whose counts at the trigger count people or things, not events: a court jailing eight protesters, an attack
    /// wounding six, exports to twelve countries are each one event.
    /// </summary>
    private static readonly HashSet<string> CountsThings = new(StringComparer.Ordinal) { EventTypes.Legal, EventTypes.Conflict, EventTypes.Trade };

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")]
    private static partial Regex Word();

    /// <param name="events">the article's events after merging, in text order</param>
    public static List<ArticleEvent> Drop(IReadOnlyList<ArticleEvent> events, Document document)
    {
        var summaries = events.Where(e => !CountsThings.Contains(e.Type) && CountsAtTrigger(document, e)).ToHashSet();
        if (summaries.Count == 0) return [.. events];
        return [.. events.Where(e => !summaries.Contains(e) || Itemised(e, events, summaries) < 2)];
    }

    /// <summary>How many other events of the summary's type name a party it does not name.</summary>
    private static int Itemised(ArticleEvent summary, IReadOnlyList<ArticleEvent> events, HashSet<ArticleEvent> summaries) =>
        events.Count(e => e.Type == summary.Type && !summaries.Contains(e)
            && e.Participants.Any(p => !summary.Participants.Contains(p, StringComparer.Ordinal)));

    /// <summary>Whether a cardinal of two or more stands within <see cref="Window"/> words before or after the event's trigger.</summary>
    public static bool CountsAtTrigger(Document document, ArticleEvent e)
    {
        if (e.Trigger is not { } trigger) return false;
        var words = Word().Matches(document.Text[e.Sentence.Start..e.Sentence.End]);
        int at = -1;
        for (int i = 0; i < words.Count; i++)
            if (e.Sentence.Start + words[i].Index >= trigger.Start) { at = i; break; }
        if (at < 0) return false;
        int last = at;
        while (last + 1 < words.Count && e.Sentence.Start + words[last + 1].Index < trigger.End) last++;
        for (int i = Math.Max(0, at - Window); i <= Math.Min(words.Count - 1, last + Window); i++)
        {
            if (i >= at && i <= last) continue;
            int start = e.Sentence.Start + words[i].Index;
            if (IsCount(words[i].Value) && !InsideNumberMention(document, start)) return true;
        }
        return false;
    }

    private static bool IsCount(string word)
    {
        if (int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n))
            return n is >= 2 and <= 99;
        return NumberWords.IsCardinal(word) && !word.Equals("one", StringComparison.OrdinalIgnoreCase);
    }

    private static bool InsideNumberMention(Document document, int offset) =>
        document.Money.Any(m => m.Start <= offset && offset < m.End)
        || document.Percentages.Any(p => p.Start <= offset && offset < p.End)
        || document.Dates.Any(d => d.Start <= offset && offset < d.End);
}
