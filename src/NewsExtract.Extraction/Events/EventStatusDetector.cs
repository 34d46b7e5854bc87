using System.Globalization;
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
/// "next week" …), an intention to act before the trigger ("agreed to hold", "decided to open") or a date after the
/// publication day →
/// planned;</item>
/// <item>past perfect before the trigger ("had signed"), or the trigger named as earlier context ("last year's",
/// "previous", "earlier", "ago", "back in") → background; so is an event whose date lies in a year before the
/// publication year (a trade figure excepted: a figure for a past period is still the report's news);</item>
/// <item>otherwise occurred (held).</item>
/// </list>
/// The clause after the trigger is read only up to the next comma, semicolon or relative word: "signed a deal that
/// will create jobs" is a deal signed, not a deal planned. Without a trigger the whole sentence's mood decides.
/// </summary>
public static partial class EventStatusDetector
{
    /// <param name="text">the article text</param>
    /// <param name="sentence">the event's sentence in it</param>
    /// <param name="trigger">the trigger words in it (<see cref="EventTriggerFinder"/>), if any</param>
    /// <param name="type">the event type</param>
    /// <param name="date">the event's date, ISO 8601</param>
    /// <param name="publishedAt">the article's publication time</param>
    public static string Detect(string text, Mention sentence, Mention? trigger, string type, string? date, DateTimeOffset? publishedAt)
    {
        var words = text[sentence.Start..sentence.End];
        var (upToTrigger, clause) = trigger is { } t ? StatusClause(words, t.Start - sentence.Start, t.End - t.Start) : (words, words);
        if (CalledOff().IsMatch(clause)) return EventStatuses.Cancelled;
        if (EventFeatureText.MoodOf(clause) == "future" || Intention().IsMatch(upToTrigger) || DatedAfterPublication(date, publishedAt)) return EventStatuses.Planned;
        if (EarlierContext().IsMatch(clause)) return EventStatuses.Background;
        if (type != EventTypes.Trade && DatedBeforePublicationYear(date, publishedAt)) return EventStatuses.Background;
        return EventStatuses.Occurred;
    }

    /// <summary>
    /// The trigger's clause (<see cref="EventFeatureText.ClauseAround"/>) up to the trigger's end, and the whole clause:
    /// on after the trigger to a comma, semicolon or relative word.
    /// </summary>
    private static (string UpToTrigger, string Clause) StatusClause(string sentence, int index, int length)
    {
        var clause = EventFeatureText.ClauseAround(sentence, index, length);
        // the clause ends a fixed distance after the trigger, so its start follows from its length; a noun trigger's
        // verb may come later than the classifier's window ("a forum of the two countries would be held"): read on to
        // the clause's end, at most 60 characters
        int clauseStart = Math.Min(sentence.Length, index + length + 25) - clause.Length;
        int afterTrigger = index + length;
        var rest = sentence[afterTrigger..Math.Min(sentence.Length, afterTrigger + 60)];
        var cut = ClauseBreak().Match(rest);
        var upToTrigger = sentence[clauseStart..afterTrigger];
        return (upToTrigger, upToTrigger + (cut.Success ? rest[..cut.Index] : rest));
    }

    /// <summary>The event's date (ISO 8601, an interval's start) begins after the publication day, at the date's precision.</summary>
    private static bool DatedAfterPublication(string? date, DateTimeOffset? publishedAt)
    {
        if (date is null || publishedAt is not { } published || date.Contains('W', StringComparison.Ordinal)) return false;
        var first = date.Contains('/', StringComparison.Ordinal) ? date[..date.IndexOf('/', StringComparison.Ordinal)] : date;
        var day = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return first.Length <= day.Length && string.CompareOrdinal(first, day[..first.Length]) > 0;
    }

    /// <summary>The event's date (ISO 8601, an interval's end) falls in a year before the publication year.</summary>
    private static bool DatedBeforePublicationYear(string? date, DateTimeOffset? publishedAt)
    {
        if (date is null || publishedAt is not { } published) return false;
        var last = date.Contains('/', StringComparison.Ordinal) ? date[(date.IndexOf('/', StringComparison.Ordinal) + 1)..] : date;
        return last.Length >= 4 && int.TryParse(last.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year < published.Year;
    }

    [GeneratedRegex(@"\b(?:cancel(?:l)?ed|postponed|called off|(?:was|were|been|be) suspended|refused to|calls? off|put off)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CalledOff();

    /// <summary>An intention or agreement to act, with the act still to come: "agreed to hold", "decided to open", "to sign".</summary>
    [GeneratedRegex(@"\b(?:agreed|agree|agrees|decided|decide|decides|intend|intends|aim|aims|hope|hopes|proposed|propose|offered|ready|going|set|due) to\b|\bto (?:hold|host|sign|open|build|visit|launch|organi[sz]e|invest|finance|allocate|appoint|meet)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Intention();


    [GeneratedRegex(@"\bhad\s+(?:been\s+|already\s+|previously\s+|earlier\s+)?(?:\w+ed|held|met|built|made|begun|taken|won|given|sent|paid|led|become)\b|\blast (?:year|month|week)'s\b|\b(?:previous|previously|ago|back in|in the past)\b|\bearlier(?!\s+(?:today|this|on|in the day|that day))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierContext();

    [GeneratedRegex(@"[,;]|\b(?:which|that|who|where|while|but|so that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();
}
