using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction.Gazetteers;

namespace NewsExtract.Extraction.Entities;

/// <summary>
/// Adds the place a wire story's dateline opens with ("SEOUL, May 13 (Yonhap) --", "Baku, March 11, Report.az",
/// "MOSCOW, November 28. /TASS/.") as a place mention ("dateline"). Datelines are written in capitals or cut off by
/// punctuation, so the recogniser trained on running text often leaves them untagged, yet the story names that place.
/// The opening words count only when a comma, bracket, slash or dash follows them and the world gazetteer knows them
/// as a country or a city, in any casing; a span the recogniser already put there is left as it is.
/// </summary>
public sealed class DatelinePlaceRecognizer(WorldGazetteer world) : IPipelineComponent
{
    public const string ComponentName = "dateline";

    /// <summary>The longest place name a dateline is read for, in tokens ("RIO DE JANEIRO").</summary>
    public const int MaxNameTokens = 3;

    private static readonly HashSet<string> Closers = new(StringComparer.Ordinal) { ",", "(", "/", "–", "—", "-", ":" };

    public string Name => ComponentName;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var tokens = document.Tokens;
        if (tokens.Count < 2) return;
        for (int n = Math.Min(MaxNameTokens, tokens.Count - 1); n >= 1; n--)
        {
            if (!Closers.Contains(document.TextOf(tokens[n]).ToString())) continue;
            if (!AllWords(document, n)) continue;
            string name = document.Slice(tokens[0].Start, tokens[n - 1].End);
            if (!IsPlace(name)) continue;
            if (document.EntitySpans.Any(s => s.FirstToken < n && s.EndToken > 0)) return;
            document.EntitySpans.Add(new EntitySpan(tokens[0].Start, tokens[n - 1].End, 0, n,
                world.CountryByName(name) is not null ? EntityLabels.Gpe : EntityLabels.Location, ComponentName));
            document.EntitySpans.Sort((a, b) => a.Start.CompareTo(b.Start));
            return;
        }
    }

    private bool IsPlace(string name) =>
        world.CountryByName(name) is not null
        || world.Unambiguous([.. world.PlacesNamed(name).Where(p => p.Kind == PlaceKind.City)]) is not null;

    private static bool AllWords(Document document, int count)
    {
        for (int i = 0; i < count; i++)
        {
            var word = document.TextOf(document.Tokens[i]);
            if (word.Length == 0 || !char.IsLetter(word[0])) return false;
            foreach (char c in word)
                if (!char.IsLetter(c) && c is not '-' and not '\'' and not '.') return false;
        }
        return true;
    }
}
