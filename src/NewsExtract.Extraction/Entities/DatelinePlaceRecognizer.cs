using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Extraction.Lexicons;
using NewsExtract.Extraction.Numbers.Dates;

namespace NewsExtract.Extraction.Entities;

/// <summary>
/// Adds the place a wire story's dateline opens with ("SEOUL, May 13 (Yonhap) --", "Baku, March 11, Report.az", "Abu Dhabi [UAE], May 2 (ANI) :",
/// "MOSCOW, November 28. /TASS/.") as a place mention ("dateline"). Datelines are written in capitals or cut off by
/// punctuation, so the recogniser trained on running text often leaves them untagged, yet the story names that place.
/// The opening words of the text or of one of its first lines count only when a comma, bracket, slash or dash follows them
/// (or a full stop that a date follows on the same line, "BISHKEK. Oct 21 (Interfax) -", or that follows a name in
/// capitals with more of the line after it, "ASTANA. KAZINFORM -") and the world gazetteer knows them
/// as a country or a city, in any casing, and they are not a news agency's credit as the agency list writes it ("INA-"); a span the recogniser already put over the whole name (unless it calls it a person) or past it is left as it is, while spans covering only pieces of the name ("ABU" of "ABU DHABI") give way to the place.
/// </summary>
public sealed class DatelinePlaceRecognizer(WorldGazetteer world) : IPipelineComponent
{
    public const string ComponentName = "dateline";

    /// <summary>The longest place name a dateline is read for, in tokens ("RIO DE JANEIRO").</summary>
    public const int MaxNameTokens = 3;

    /// <summary>How many opening lines may hold the dateline (a byline or a title may come first).</summary>
    public const int MaxOpeningLines = 3;

    private static readonly HashSet<string> Closers = new(StringComparer.Ordinal) { ",", "(", "[", "/", "–", "—", "-", ":" };

    public string Name => ComponentName;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        foreach (int first in LineStarts(document))
            if (TryAdd(document, first)) return;
    }

    /// <summary>The first token of the text and of each following line within <see cref="MaxOpeningLines"/> lines:
    /// a byline or a title line may stand above the dateline ("From Ana Ruiz\nSANTIAGO, May 2 …").</summary>
    private static IEnumerable<int> LineStarts(Document document)
    {
        var tokens = document.Tokens;
        if (tokens.Count == 0) yield break;
        yield return 0;
        int lines = 1;
        for (int t = 1; t < tokens.Count && lines < MaxOpeningLines; t++)
        {
            if (document.Text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End).IndexOf('\n') < 0) continue;
            lines++;
            yield return t;
        }
    }

    private bool TryAdd(Document document, int first)
    {
        var tokens = document.Tokens;
        for (int n = Math.Min(MaxNameTokens, tokens.Count - 1 - first); n >= 1; n--)
        {
            if (!ClosesDateline(document, first, first + n)) continue;
            if (!AllWords(document, first, n)) continue;
            string name = document.Slice(tokens[first].Start, tokens[first + n - 1].End);
            // an agency's credit opening the copy ("INA- Sources said …") is the agency, even where a town shares its name
            if (!IsPlace(name) || NewsAgencyLexicon.IsNameAsWritten(name)) continue;
            var overlapping = document.EntitySpans.Where(s => s.FirstToken < first + n && s.EndToken > first).ToList();
            // a span the recogniser put over the whole name, or reaching past it, stays ("INA-" read as the agency),
            // unless it calls the place a person ("Abu Dhabi [UAE], …"); spans over pieces of the name ("ABU" as a
            // body in "ABU DHABI,") give way to the whole place
            if (overlapping.Any(s => s.FirstToken < first || s.EndToken > first + n
                || (s.FirstToken == first && s.EndToken == first + n && s.Label != EntityLabels.Person)))
                return true;
            document.EntitySpans.RemoveAll(overlapping.Contains);
            document.EntitySpans.Add(new EntitySpan(tokens[first].Start, tokens[first + n - 1].End, first, n,
                world.CountryByName(name) is not null ? EntityLabels.Gpe : EntityLabels.Location, ComponentName));
            document.EntitySpans.Sort((a, b) => a.Start.CompareTo(b.Start));
            return true;
        }
        return false;
    }

    /// <summary>
    /// The token at <paramref name="closer"/> ends a dateline place: a comma, bracket, slash, dash or colon, or a full
    /// stop with a date after it on the same line, or after a place written in capitals with more of the line after it.
    /// A full stop alone ends sentences too ("Novaria. The …" opening a text is a sentence, not a dateline).
    /// </summary>
    private static bool ClosesDateline(Document document, int first, int closer)
    {
        var tokens = document.Tokens;
        var mark = document.TextOf(tokens[closer]);
        if (Closers.Contains(mark.ToString())) return true;
        if (!mark.SequenceEqual(".") || closer + 1 >= tokens.Count) return false;
        var text = document.Text;
        if (text.AsSpan(tokens[closer].End, tokens[closer + 1].Start - tokens[closer].End).IndexOf('\n') >= 0) return false;
        int next = tokens[closer + 1].Start;
        if (char.IsDigit(text[next]) || MonthNames.TryMatch(text, next, out _, out _, out _)) return true;
        var name = text.AsSpan(tokens[first].Start, tokens[closer - 1].End - tokens[first].Start);
        foreach (char c in name)
            if (char.IsLower(c)) return false;
        return true;
    }

    private bool IsPlace(string name) => world.IsCountryOrUnambiguousCity(name);

    private static bool AllWords(Document document, int first, int count)
    {
        for (int i = first; i < first + count; i++)
        {
            var word = document.TextOf(document.Tokens[i]);
            if (word.Length == 0 || !char.IsLetter(word[0])) return false;
            foreach (char c in word)
                if (!char.IsLetter(c) && c is not '-' and not '\'' and not '.') return false;
        }
        return true;
    }
}
