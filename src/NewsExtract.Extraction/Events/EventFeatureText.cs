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
    public static string For(string sentence)
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
        foreach (var type in EventTriggerLexicon.TypesIn(sentence)) sb.Append("trig_").Append(type.ToLowerInvariant()).Append(' ');
        return sb.ToString().TrimEnd();
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

    [GeneratedRegex(@"\d\s?(?:%|percent|per cent)", RegexOptions.IgnoreCase)]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex DatePattern();
}
