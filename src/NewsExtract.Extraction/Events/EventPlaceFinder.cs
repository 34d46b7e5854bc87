using NewsExtract.Core.Documents;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Extraction.Lexicons;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// Where the text places an event: a place named in the event's sentence (after its dateline — the city a wire story
/// is filed from is read apart, by <see cref="EventExtractor"/>, for the lead's events of some types) and introduced as the event's setting: "in X", "at X" (also "in the
/// city of X"), "to X" after a word of travel ("a visit to X", "his trip to X", "travelled to X"), or the object of a verb
/// or noun of travel or attack ("visited X", "shelled X", "the invasion of X", "an attack on X"). "Exports to X", "Ambassador to X" or
/// "the embassy in X" name a partner or a post, "in X's trade" an owner and the "US" of "US$5 million" a currency,
/// not a setting. A city or region wins over a country.
/// </summary>
public static class EventPlaceFinder
{
    /// <summary>Verbs whose object is the place an event happens in: travel to it, or an attack on it.</summary>
    private static readonly HashSet<string> PlaceObjectVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "visited", "visits", "visiting", "toured", "tours", "touring",
        "shelled", "shelling", "bombed", "bombing", "attacked", "attacking", "struck", "invaded", "invading", "raided", "stormed", "captured", "seized",
    };

    /// <summary>Nouns of attack that name the place attacked after "of" or "on": "the invasion of X", "an attack on X".</summary>
    private static readonly HashSet<string> AttackNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "invasion", "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "assault", "shelling", "bombing", "raid", "raids", "occupation",
    };

    private static readonly string[] TravelWords = ["visit", "visits", "visited", "visiting", "trip", "tour", "travel", "travelled", "traveled", "came", "went", "arrived", "journey", "delegation"];

    /// <param name="document">the document, with its entities</param>
    /// <param name="places">the document's entity mentions (start, item) inside the sentence's body, in text order</param>
    /// <param name="start">where the sentence's body starts (after a dateline)</param>
    /// <param name="money">the document's amounts (<see cref="Document.Money"/>), indexed once per document</param>
    internal static string? Find(Document document, IEnumerable<(int Start, int End, int Item)> places, int start, RangeIndex money)
    {
        string? country = null;
        foreach (var (mentionStart, mentionEnd, item) in places)
        {
            if (mentionStart < start) continue;
            var entity = document.Entities[item];
            if (!EntityLabels.IsPlace(entity.Label)) continue;
            // "US$10 billion": a currency's sign, not a place
            if (money.Overlaps(mentionStart, mentionEnd)) continue;
            // "in Azerbaijan's foreign trade": the place owns something, it is not a setting
            if (document.Text.AsSpan(mentionEnd).StartsWith("'s", StringComparison.Ordinal) || document.Text.AsSpan(mentionEnd).StartsWith("’s", StringComparison.Ordinal)) continue;
            var before = document.Text.AsSpan(start, mentionStart - start).TrimEnd();
            if (!IntroducesSetting(before)) continue;
            if (!CountryLexicon.IsStateName(entity.Name)) return entity.Name;
            country ??= entity.Name;
        }
        return country;
    }

    private static bool IntroducesSetting(ReadOnlySpan<char> before)
    {
        var last = LastWords(before, 3);
        if (last.Count == 0) return false;
        // "in the city of X", "at the village of X": the kind of place and its "of" stand between the setting's word and the name
        if (last.Count >= 2 && last[^1].Word.Equals("of", StringComparison.OrdinalIgnoreCase) && FactGazetteer.IsPlaceKind(last[^2].Word))
            return IntroducesSetting(before[..last[^2].Start].TrimEnd());
        var words = last.Select(w => w.Word).ToList();
        var preposition = words[^1];
        if (preposition.Equals("in", StringComparison.OrdinalIgnoreCase) || preposition.Equals("at", StringComparison.OrdinalIgnoreCase))
            // "Ambassador in X", "embassy in X", "Minister at X" name a post
            return words.Count < 2 || !TitleLexicon.IsHead(words[^2]) && !words[^2].Equals("embassy", StringComparison.OrdinalIgnoreCase);
        if (preposition.Equals("to", StringComparison.OrdinalIgnoreCase))
            return words.Take(words.Count - 1).Any(w => TravelWords.Contains(w, StringComparer.OrdinalIgnoreCase));
        // the place a verb of travel or of attack takes as its object: "visited X", "shelled X", "the invasion of X", "an attack on X"
        if (PlaceObjectVerbs.Contains(preposition)) return true;
        if (preposition.Equals("of", StringComparison.OrdinalIgnoreCase) || preposition.Equals("on", StringComparison.OrdinalIgnoreCase))
            return words.Count >= 2 && AttackNouns.Contains(words[^2]);
        return false;
    }

    /// <summary>
    /// Up to <paramref name="count"/> words at the end of <paramref name="text"/>, in text order ("the" skipped), each
    /// with where it starts.
    /// </summary>
    private static List<(string Word, int Start)> LastWords(ReadOnlySpan<char> text, int count)
    {
        var words = new List<(string Word, int Start)>();
        int end = text.Length;
        while (words.Count < count && end > 0)
        {
            int i = end;
            while (i > 0 && char.IsLetter(text[i - 1])) i--;
            if (i == end) break;
            var word = text[i..end].ToString();
            if (!word.Equals("the", StringComparison.OrdinalIgnoreCase)) words.Insert(0, (word, i));
            end = i;
            while (end > 0 && text[end - 1] == ' ') end--;
        }
        return words;
    }
}
