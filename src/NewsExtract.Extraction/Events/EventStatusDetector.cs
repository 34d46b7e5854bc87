using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// The status the text gives an event (<see cref="EventStatuses"/>), from the grammar of its trigger's clause as the
/// event classifier reads it (<see cref="EventFeatureText.ClauseAround"/>), not from any article's wording:
/// <list type="number">
/// <item>called off ("was cancelled", "postponed", "called off", "suspended", "refused to") → cancelled;</item>
/// <item>future or modal mood (<see cref="EventFeatureText.MoodOf"/>: "will", "is to", "plans to", "scheduled",
/// "next week" …), an intention to act before the trigger ("agreed to hold", "decided to open") or a date in the
/// clause after the publication day →
/// planned;</item>
/// <item>past perfect before the trigger ("had signed"), or the trigger named as earlier context ("last year's",
/// "previous", "earlier", "ago", "back in") → background; so is an event whose clause dates it in a year before the
/// publication year (a trade figure excepted: a figure for a past period is still the report's news);</item>
/// <item>otherwise occurred (held).</item>
/// </list>
/// The clause after the trigger is read only up to the next comma, semicolon or relative word: "signed a deal that
/// will create jobs" is a deal signed, not a deal planned; a trigger a comma follows at once is read with the
/// apposition after it ("The forum, to be held in Baku, …"). Without a trigger the whole sentence's mood decides.
/// </summary>
public static partial class EventStatusDetector
{
    /// <param name="text">the article text</param>
    /// <param name="sentence">the event's sentence in it</param>
    /// <param name="trigger">the trigger words in it (<see cref="EventTriggerFinder"/>), if any</param>
    /// <param name="type">the event type</param>
    /// <param name="dates">the article's dates; those inside the trigger's clause count</param>
    /// <param name="publishedAt">the article's publication time</param>
    public static string Detect(string text, Mention sentence, Mention? trigger, string type, IReadOnlyList<DateMention> dates, DateTimeOffset? publishedAt)
    {
        var (clauseStart, triggerEnd, clauseEnd) = trigger is { } t ? StatusClause(text, sentence, t) : (sentence.Start, sentence.End, sentence.End);
        var clause = text[clauseStart..clauseEnd];
        var clauseDate = dates.FirstOrDefault(d => d.Start >= clauseStart && d.End <= clauseEnd);
        if (CalledOff().IsMatch(clause)) return EventStatuses.Cancelled;
        if (EventFeatureText.MoodOf(clause) == "future" || Intention().IsMatch(text.AsSpan(clauseStart, triggerEnd - clauseStart)) || StartsAfter(clauseDate, publishedAt))
            return EventStatuses.Planned;
        if (EarlierContext().IsMatch(clause)) return EventStatuses.Background;
        if (type != EventTypes.Trade && EndsBeforePublicationYear(clauseDate, publishedAt)) return EventStatuses.Background;
        return EventStatuses.Occurred;
    }

    /// <summary>
    /// The trigger's clause (<see cref="EventFeatureText.ClauseAround"/>) as offsets of the text: its start, the
    /// trigger's end, and its end, read on after the trigger to a comma, semicolon or relative word.
    /// </summary>
    private static (int Start, int TriggerEnd, int End) StatusClause(string text, Mention sentence, Mention trigger)
    {
        var words = text[sentence.Start..sentence.End];
        int index = trigger.Start - sentence.Start, length = trigger.End - trigger.Start;
        var clause = EventFeatureText.ClauseAround(words, index, length);
        // the clause ends a fixed distance after the trigger, so its start follows from its length; a noun trigger's
        // verb may come later than the classifier's window ("a forum of the two countries would be held"): read on to
        // the clause's end, at most 60 characters
        int clauseStart = Math.Min(words.Length, index + length + 25) - clause.Length;
        int afterTrigger = index + length;
        var rest = words[afterTrigger..Math.Min(words.Length, afterTrigger + 60)];
        var cut = ClauseBreak().Match(rest);
        // a trigger set off by a comma right after it opens an apposition that gives its mood: "The forum, to be held
        // in Baku in October, …"; read to the apposition's end
        if (cut.Success && cut.Value == "," && string.IsNullOrWhiteSpace(rest[..cut.Index])) cut = ClauseBreak().Match(rest, cut.Index + 1);
        return (sentence.Start + clauseStart, sentence.Start + afterTrigger, sentence.Start + afterTrigger + (cut.Success ? cut.Index : rest.Length));
    }

    /// <summary>The date begins after the publication day.</summary>
    private static bool StartsAfter(DateMention? date, DateTimeOffset? publishedAt) =>
        date?.From is { } from && publishedAt is { } published && from > DateOnly.FromDateTime(published.Date);

    /// <summary>The date ends in a year before the publication year.</summary>
    private static bool EndsBeforePublicationYear(DateMention? date, DateTimeOffset? publishedAt) =>
        date?.To is { } to && publishedAt is { } published && to.Year < published.Year;

    [GeneratedRegex(@"\b(?:cancel(?:l)?ed|postponed|called off|(?:was|were|been|be) suspended|refused to|calls? off|put off)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CalledOff();

    /// <summary>An intention or agreement to act, with the act still to come: "agreed to hold", "decided to open" (a bare "to finance" may be a purpose of a past act).</summary>
    [GeneratedRegex(@"\b(?:agreed|agree|agrees|decided|decide|decides|intend|intends|aim|aims|hope|hopes|proposed|propose|offered|ready|going|set|due) to\b", RegexOptions.IgnoreCase)]
    private static partial Regex Intention();


    [GeneratedRegex(@"\bhad\s+(?:been\s+|already\s+|previously\s+|earlier\s+)?(?:\w+ed|held|met|built|made|begun|taken|won|given|sent|paid|led|become)\b|\blast (?:year|month|week)'s\b|\b(?:previous|previously|ago|back in|in the past)\b|\bearlier(?!\s+(?:today|this|on|in the day|that day))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierContext();

    [GeneratedRegex(@"[,;]|\b(?:which|that|who|where|while|but|so that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();
}
