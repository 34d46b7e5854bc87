using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Extraction.Entities;

/// <summary>
/// Takes the places out of hyphenated compounds the tokenizer keeps as one word, so that a compound is not recorded
/// as a place of its own:
/// <list type="bullet">
/// <item>a pair or list of places ("China-Russia", "Bahrain-China") becomes a mention of each part the world
/// gazetteer knows as a country or city; parts it does not know ("Arab" in "China-Arab") are dropped;</item>
/// <item>a compound adjective ("Japan-controlled", "Moscow-based") becomes a mention of its capitalised stem.</item>
/// </list>
/// A compound that is itself a known name ("Guinea-Bissau", "Ust-Kamenogorsk") stays whole, and so does one with
/// no known place in it ("Rolls-Royce"); one made only of nationality adjectives ("Armenian-Azerbaijani") is no place
/// at all and is dropped. A compound the recogniser left untagged is split only when every part is a
/// country ("Morocco-Egypt relations").
/// </summary>
public sealed class HyphenatedPlaceSplitter(WorldGazetteer world) : IPipelineComponent
{
    public const string ComponentName = "hyphenated-places";

    public string Name => ComponentName;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var spans = document.EntitySpans;
        for (int i = spans.Count - 1; i >= 0; i--)
        {
            var span = spans[i];
            if (span.Label is not (EntityLabels.Gpe or EntityLabels.Location) || span.Recognizer == RouteEndPlaces.ComponentName) continue;
            if (span.TokenCount > 1)
            {
                if (SplitMultiWordCompound(document, span) is { Count: > 0 } split)
                {
                    spans.RemoveAt(i);
                    spans.InsertRange(i, split);
                }
                continue;
            }
            string word = document.Slice(span.Start, span.End);
            int hyphen = word.IndexOf('-');
            if (hyphen <= 0 || hyphen == word.Length - 1 || IsKnownName(word)) continue;
            var parts = HyphenParts.Of(word, span.Start);
            var replacement = new List<EntitySpan>();
            if (parts[^1].Text.All(c => !char.IsLetter(c) || char.IsLower(c)))
            {
                // a compound adjective: the stem before the lower-case head is the place
                var stem = parts[..^1];
                if (stem.Count == 0 || !char.IsUpper(stem[0].Text[0])) continue;
                int end = stem[^1].Start + stem[^1].Text.Length;
                replacement.Add(span with { End = end, Label = LabelOf(document.Slice(span.Start, end)), Recognizer = ComponentName });
            }
            else
            {
                foreach (var (text, start) in parts)
                    if (text.Length > 0 && char.IsUpper(text[0]) && IsPlace(text))
                        replacement.Add(span with { Start = start, End = start + text.Length, Label = LabelOf(text), Recognizer = ComponentName });
                // a compound of nationality adjectives ("Armenian-Azerbaijani talks") names no place: it goes
                if (replacement.Count == 0 && !parts.All(p => world.CountryByAdjective(p.Text) is not null)) continue;
            }
            spans.RemoveAt(i);
            spans.InsertRange(i, replacement);
        }
        AddUntaggedCountryPairs(document);
    }

    /// <summary>
    /// A span of several words joined by a hyphen inside one of them ("Abu Dhabi-Al" of "the Abu Dhabi-Al Ain Road"):
    /// the known place before the hyphen, and the known place after it, taking up to two more capitalised words the
    /// recogniser left out ("Al" + "Ain"), or else the rest of the span when it ends with a whole name. Empty when the
    /// span is itself a known name or neither side is a place.
    /// </summary>
    private List<EntitySpan> SplitMultiWordCompound(Document document, EntitySpan span)
    {
        var found = new List<EntitySpan>();
        if (IsKnownName(document.Slice(span.Start, span.End))) return found;
        int joined = -1, hyphen = -1;
        for (int t = span.FirstToken; t < span.EndToken && joined < 0; t++)
        {
            var token = document.Tokens[t];
            int at = document.TextOf(token).IndexOf('-');
            if (at > 0 && at < token.Length - 1) (joined, hyphen) = (t, token.Start + at);
        }
        // a hyphenated name the gazetteer knows is one place ("Sisak-Moslavina County")
        if (joined < 0 || IsKnownName(document.TextOf(document.Tokens[joined]).ToString())) return found;
        string left = document.Slice(span.Start, hyphen);
        if (IsPlace(left))
            found.Add(span with { End = hyphen, TokenCount = joined - span.FirstToken + 1, Label = LabelOf(left), Recognizer = ComponentName });
        // the side after the hyphen: its longest start that names a place ("Al Ain" of "Al Ain Road"), grown over up to
        // two capitalised words right after the span
        var taken = new RangeIndex([.. document.EntitySpans.Where(s => s != span).Select(s => (s.Start, s.End))]);
        (int End, int LastToken)? right = null;
        for (int last = joined; last < Math.Min(document.Tokens.Count, span.EndToken + 2); last++)
        {
            var token = document.Tokens[last];
            if (last >= span.EndToken && (!char.IsUpper(document.Text[token.Start]) || taken.Overlaps(token.Start, token.End)
                || token.Start != document.Tokens[last - 1].End + 1)) break;
            if (IsPlace(document.Slice(hyphen + 1, token.End))) right = (token.End, last);
        }
        // a side the gazetteer does not know stays a place when the recogniser's span ends with its name ("Baku-Boyuk
        // Kasik railway"), not when a capitalised word follows that the span cut off ("Abu Dhabi-Al Ain Road")
        bool cutOff = span.EndToken < document.Tokens.Count && char.IsUpper(document.Text[document.Tokens[span.EndToken].Start]);
        if (right is null && found.Count > 0 && !cutOff) right = (span.End, span.EndToken - 1);
        if (right is var (end, lastToken))
            found.Add(span with { Start = hyphen + 1, End = end, FirstToken = joined, TokenCount = lastToken - joined + 1, Label = LabelOf(document.Slice(hyphen + 1, end)), Recognizer = ComponentName });
        return found;
    }

    /// <summary>
    /// A compound of country names the recogniser left untagged ("boosting Morocco-Egypt relations") names each
    /// country: only when every part is a country the gazetteer knows.
    /// </summary>
    private void AddUntaggedCountryPairs(Document document)
    {
        var spans = document.EntitySpans;
        var taken = new RangeIndex([.. spans.Select(s => (s.Start, s.End))]);
        int before = spans.Count;
        for (int t = 0; t < document.Tokens.Count; t++)
        {
            var token = document.Tokens[t];
            var word = document.TextOf(token);
            if (word.Length < 5 || !char.IsUpper(word[0]) || word.IndexOf('-') <= 0 || taken.Overlaps(token.Start, token.End)) continue;
            string text = word.ToString();
            if (IsPlace(text)) continue;
            var parts = HyphenParts.Of(text, token.Start);
            if (parts.Count < 2 || !parts.All(p => p.Text.Length > 0 && char.IsUpper(p.Text[0]) && world.CountryByName(p.Text) is not null)) continue;
            foreach (var (part, start) in parts)
                spans.Add(new EntitySpan(start, start + part.Length, t, 1, EntityLabels.Gpe, ComponentName));
        }
        if (spans.Count != before) spans.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private bool IsPlace(string name) => world.IsCountryOrUnambiguousCity(name);

    /// <summary>A country, or a place of any kind the gazetteer knows by this name ("Guinea-Bissau", "Sisak-Moslavina").</summary>
    private bool IsKnownName(string name) => world.CountryByName(name) is not null || world.PlacesNamed(name).Any();

    private string LabelOf(string name) => world.CountryByName(name) is not null ? EntityLabels.Gpe : EntityLabels.Location;
}
