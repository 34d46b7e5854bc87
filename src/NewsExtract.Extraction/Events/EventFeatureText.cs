using System.Text;
using System.Text.RegularExpressions;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// The text the event classifier reads for one sentence: its lower-cased words, their crude stems ("signing" →
/// "sign"), a token per trigger type found ("trig_Meeting"), and entity-type tokens read off the words themselves
/// (money, percent, year or month, country, title word, capitalised name) so training text from any corpus and
/// runtime text get the same features without depending on other models.
/// </summary>
public static partial class EventFeatureText
{
    public static string For(string sentence) => For(sentence, out _);

    /// <summary>The feature text, and the trigger types found in <paramref name="sentence"/> when its features were read from all of it (no dateline cut off), else null.</summary>
    public static string For(string sentence, out IReadOnlyList<string>? triggerTypesOfWholeSentence)
    {
        var body = WithoutDateline(sentence);
        var triggers = EventTriggerLexicon.MatchesIn(body).ToList();
        triggerTypesOfWholeSentence = ReferenceEquals(body, sentence) ? [.. triggers.Select(t => t.Type).Distinct()] : null;
        return Features(body, triggers);
    }

    private static string Features(string sentence, List<(string Type, Match Match)> triggers)
    {
        var sb = new StringBuilder(sentence.Length * 2);
        var words = WordScanner.Scan(sentence, 0, sentence.Length);
        bool first = true;
        foreach (var w in words)
        {
            var word = sentence[w.Start..w.End];
            if (word.Length == 1 && !char.IsLetterOrDigit(word[0])) continue;
            var lower = word.ToLowerInvariant();
            if (char.IsDigit(lower[0])) lower = "num";
            sb.Append(lower).Append(' ');
            var stem = Stem(lower);
            if (stem != lower) sb.Append("stem_").Append(stem).Append(' ');
            if (char.IsUpper(word[0]) && !first)
            {
                if (CountryLexicon.ShortNameOfAny(word) is not null) sb.Append("ent_country ");
                else if (TitleLexicon.IsHead(word)) sb.Append("ent_title ");
                else sb.Append("ent_name ");
            }
            else if (TitleLexicon.IsStrongHead(lower)) sb.Append("ent_title ");
            first = false;
        }
        if (MoneyPattern().IsMatch(sentence)) sb.Append("ent_money ");
        if (PercentPattern().IsMatch(sentence)) sb.Append("ent_percent ");
        if (DatePattern().IsMatch(sentence)) sb.Append("ent_date ");
        sb.Append("mood_").Append(MoodOf(sentence)).Append(' ');
        foreach (var trigger in triggers
                     .Select(t => (Type: t.Type.ToLowerInvariant(), Mood: MoodAround(sentence, t.Match.Index, t.Match.Length))).Distinct())
            sb.Append("trig_").Append(trigger.Type).Append(' ').Append("trig_").Append(trigger.Type).Append('_').Append(trigger.Mood).Append(' ');
        return sb.ToString().TrimEnd();
    }

    /// <summary>The mood of a text: "future" (will, is to, plans to, scheduled, next week …), else "neg" (not, denied, postponed, cancelled …), else "past".</summary>
    public static string MoodOf(string text) =>
        FuturePattern().IsMatch(text) ? "future" : NegationPattern().IsMatch(text) ? "neg" : "past";

    /// <summary>The mood of the clause around a trigger at [<paramref name="index"/>, +<paramref name="length"/>) of <paramref name="sentence"/> (<see cref="ClauseAround"/>).</summary>
    public static string MoodAround(string sentence, int index, int length) => MoodOf(ClauseAround(sentence, index, length));

    /// <summary>
    /// The words that set a trigger's mood: its own clause up to it (from the last comma, semicolon or "while"/"and"
    /// before it, at most 60 characters back) and a few words after ("is to be signed"). "Georgia imported wheat
    /// worth $90 million, and the new mill will cut imports" reports past imports whatever the mill will do.
    /// </summary>
    public static string ClauseAround(string sentence, int index, int length)
    {
        int from = Math.Max(0, index - 60);
        var before = sentence.AsSpan(from, index - from);
        int cut = Math.Max(before.LastIndexOfAny(',', ';'), Math.Max(before.LastIndexOf(" and ", StringComparison.Ordinal), before.LastIndexOf(" while ", StringComparison.Ordinal)));
        int start = cut >= 0 ? from + cut + 1 : from;
        int end = Math.Min(sentence.Length, index + length + 25);
        return sentence[start..end];
    }

    /// <summary>
    /// The sentence without a leading agency dateline ("BAKU, Azerbaijan, July 15 / Trend /", "MOSCOW, November 21.
    /// /TASS/.", "ALMATY, March 15 (Kazinform) –"): the place, date and agency say nothing about the event type.
    /// </summary>
    public static string WithoutDateline(string sentence)
    {
        var m = DatelinePattern().Match(sentence);
        return m.Success && m.Length < sentence.Length ? sentence[m.Length..] : sentence;
    }

    /// <summary>A light suffix stripper: enough to join "sign/signed/signing", "visit/visits/visited".</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 4) return word;
        foreach (var suffix in (ReadOnlySpan<string>)["ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s"])
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                if (suffix is "ies" or "ied") stem += "y";
                if (stem.Length > 3 && stem[^1] == stem[^2] && suffix is "ing" or "ed") stem = stem[..^1];
                return stem;
            }
        }
        return word;
    }

    [GeneratedRegex(@"[$€£₽₼¥]\s?\d|\d\s?(?:million|billion|bln|mln)?\s?(?:dollars|euros?|manats?|rubles?|roubles?|tenge|yuan|lira|soums?|lari|rials?|pounds)\b|\b(?:USD|EUR|AZN|RUB|KZT|CNY|TRY|UZS|GEL)\s?\d", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\s'.-]{2,}(?:,[^/()–—\n]{0,40}?)?\s*(?:/\s*[^/\n]{1,25}/\.?|\([^)\n]{1,30}\)|\p{Lu}{3,}\b)\s*(?:[–—-]{1,2}\s*)?")]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"\b(?:will|shall|would|plans? to|planned|intends? to|to be (?:held|signed|built|opened)|is to|are to|scheduled|expected to|next (?:week|month|year)|is due to|are due to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FuturePattern();

    [GeneratedRegex(@"\b(?:not|no|never|denied|refused|rejected|postponed|cancel(?:l)?ed)\b|n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegationPattern();

    [GeneratedRegex(@"\d\s?(?:%|percent|per cent)", RegexOptions.IgnoreCase)]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex DatePattern();
}
