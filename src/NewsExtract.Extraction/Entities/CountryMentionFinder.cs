using System.Text;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Lexicons;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Extraction.Entities;

/// <summary>
/// Finds country names and long forms ("Azerbaijan", "Russian Federation", "Republic of Azerbaijan") that the
/// recogniser missed, so each country named in the article has its place entity. A country word that begins a
/// longer capitalised name ("Azerbaijan Railways", "Azerbaijan International Exhibition") or ends one ("Central
/// Bank of Azerbaijan") is part of that name and left alone.
/// </summary>
public static class CountryMentionFinder
{
    /// <param name="amounts">The money mentions' ranges: no country is found inside one.</param>
    public static IEnumerable<CleanMention> Find(string text, IReadOnlyList<CleanMention> existing, IEnumerable<(int Start, int End)> amounts)
    {
        var words = WordScanner.Scan(text, 0, text.Length);
        var found = new List<CleanMention>();
        var taken = new RangeIndex([.. existing.Select(x => (x.Start, x.End)), .. amounts]);
        var foundRanges = new DisjointRanges();
        for (int i = 0; i < words.Count; i++)
        {
            if (!char.IsUpper(text[words[i].Start])) continue;
            int bestEnd = -1;
            bool finalDot = false;
            string? shortName = null;
            var sb = new StringBuilder();
            for (int k = i; k < words.Count && k < i + CountryLexicon.MaxNameWords; k++)
            {
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(CountryLexicon.StripPossessive(text[words[k].Start..words[k].End]));
                if (CountryLexicon.ShortNameOf(sb.ToString()) is { } name) { bestEnd = k; shortName = name; finalDot = false; }
                // an abbreviation's last full stop is not part of the scanned word ("U.S" + "."): "U.S." is the name
                else if (words[k].End < text.Length && text[words[k].End] == '.' && text.AsSpan(words[k].Start, words[k].Length).Contains('.')
                    && CountryLexicon.ShortNameOf(sb + ".") is { } dotted) { bestEnd = k; shortName = dotted; finalDot = true; }
            }
            if (bestEnd < 0) continue;
            int start = words[i].Start;
            int end = words[bestEnd].End + (finalDot ? 1 : 0);
            var last = text[words[bestEnd].Start..words[bestEnd].End];
            var bare = CountryLexicon.StripPossessive(last);
            end -= last.Length - bare.Length;
            bool partOfLongerName = bestEnd + 1 < words.Count && IsNameWord(text, words[bestEnd + 1]) && bare == last
                && !IsLineBreakBetween(text, words[bestEnd].End, words[bestEnd + 1].Start);
            bool endsLongerName = i >= 2 && text[words[i - 1].Start..words[i - 1].End] == "of" && TitleLexicon.IsBodyWord(text[words[i - 2].Start..words[i - 2].End]) && char.IsUpper(text[words[i - 2].Start]);
            bool overlaps = taken.Overlaps(start, end) || foundRanges.Overlaps(start, end);
            if (!partOfLongerName && !endsLongerName && !overlaps)
            {
                found.Add(new CleanMention(start, end, EntityLabels.Location, text[start..end], shortName));
                foundRanges.Add(start, end);
            }
            i = bestEnd;
        }
        return found;
    }

    private static bool IsNameWord(string text, TextWord w) => char.IsUpper(text[w.Start]) && w.Length > 1;

    private static bool IsLineBreakBetween(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny('\n', '\r') >= 0;
}
