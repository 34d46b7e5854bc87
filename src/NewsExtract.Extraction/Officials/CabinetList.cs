using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// Reads a cabinet list, where one plural title hands an office to each of several names in order: "the ministers of
/// economy, energy and finance, Mikayil Jabbarov, Parviz Shahbazov and Samir Sharifov" gives the first the title
/// "Minister of economy", the second "Minister of energy" and so on. Only when as many fields as names are listed,
/// so the pairing is exact; the fields may be written in lower or upper case, one or more words each.
/// </summary>
public static class CabinetList
{
    private static readonly HashSet<string> PluralHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministers", "governors", "ambassadors", "mayors", "akims", "heads", "chairmen", "directors",
    };

    /// <summary>The titles a cabinet list in the sentence gives, by the index of each name's first word.</summary>
    public static Dictionary<int, TitleMatch> Read(TitleContext s)
    {
        var found = new Dictionary<int, TitleMatch>();
        for (int h = 0; h + 2 < s.Words.Count; h++)
        {
            if (!PluralHeads.Contains(s[h]) || s.InPerson(h) || s[h + 1] is not ("of" or "for")) continue;
            // the fields: word runs separated by "," or "and", up to the comma before the first name
            var fields = new List<(int From, int To)>();
            int k = h + 2, from = k;
            int firstName = -1;
            for (; k < s.Words.Count; k++)
            {
                var w = s[k];
                if (s.InPerson(k))
                {
                    if (k > from) return found; // a name inside a field: not a list
                    firstName = k;
                    break;
                }
                if (w is "," or "and")
                {
                    if (k > from) fields.Add((from, k - 1));
                    from = k + 1;
                    continue;
                }
                if (w.Length == 1 && !char.IsLetterOrDigit(w[0])) break;
                if (!char.IsLetter(w[0]) || TitleLexicon.IsHead(w) || (char.IsLower(w[0]) && !TitleLexicon.IsConnector(w) && !s.IsListedPortfolio(k) && !TitleLexicon.IsPortfolioWord(w)))
                    break;
            }
            if (firstName < 0 || fields.Count < 2) continue;
            // the names: person mentions separated by "," or "and", as many as the fields
            var names = new List<int>();
            for (k = firstName; k < s.Words.Count && names.Count < fields.Count;)
            {
                if (!s.InPerson(k)) break;
                names.Add(k);
                while (k < s.Words.Count && s.InPerson(k)) k++;
                while (k < s.Words.Count && s[k] is "," or "and") k++;
            }
            if (names.Count != fields.Count) continue;
            var singular = Singular(s[h]);
            for (int n = 0; n < names.Count; n++)
            {
                var (f, t) = fields[n];
                var field = s.Text[s.Words[f].Start..s.Words[t].End];
                found[names[n]] = new TitleMatch(s.Words[h].Start, s.Words[t].End, $"{singular} {s[h + 1]} {field}", null, null);
            }
        }
        return found;
    }

    /// <summary>
    /// The titles a bracketed cabinet list gives: "appointed new ministers: Jan Kowal (finance), Piotr Sadek (defence)
    /// and Anna Brzoza (climate)" gives each name "Minister of" and the field in its brackets. Only names that follow
    /// the plural title and its colon, one after another, each with its own field.
    /// </summary>
    public static Dictionary<int, TitleMatch> ReadBracketed(TitleContext s)
    {
        var found = new Dictionary<int, TitleMatch>();
        for (int h = 0; h + 2 < s.Words.Count; h++)
        {
            if (!PluralHeads.Contains(s[h]) || s.InPerson(h) || s[h + 1] != ":") continue;
            var singular = Singular(s[h]);
            for (int k = h + 2; k < s.Words.Count && s.InPerson(k);)
            {
                int first = k;
                while (k < s.Words.Count && s.InPerson(k)) k++;
                if (k >= s.Words.Count || s[k] != "(") break;
                int close = k + 1;
                while (close < s.Words.Count && s[close] != ")" && !s.InPerson(close) && char.IsLetter(s[close][0])) close++;
                if (close >= s.Words.Count || s[close] != ")" || close == k + 1) break;
                var field = s.Text[s.Words[k + 1].Start..s.Words[close - 1].End];
                found[first] = new TitleMatch(s.Words[k].Start, s.Words[close].End, $"{singular} of {field}", null, null);
                k = close + 1;
                while (k < s.Words.Count && s[k] is "," or "and") k++;
            }
        }
        return found;
    }

    private static string Singular(string plural)
    {
        var lower = plural.ToLowerInvariant();
        var word = lower == "chairmen" ? "chairman" : lower[..^1];
        return char.ToUpperInvariant(word[0]) + word[1..];
    }
}
