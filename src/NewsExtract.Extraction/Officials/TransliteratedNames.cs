using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// Joins two spellings of one person's name that a translated story mixes ("Qais Said" … "Qais Saeed", "Mohammad" …
/// "Mohammed"): names of the same words but one, where the two forms of that word begin alike, have four letters or
/// more, no hyphen, and the same consonants in the same order once vowels and doubled letters are set aside. A form
/// that is the other with an "a" added ("Aliyev", "Aliyeva") is another person (a woman of the family); so is any name
/// two people could own. The later spelling's mentions join the person first written in full.
/// </summary>
public static class TransliteratedNames
{
    private const int MinimumWordLength = 4;

    /// <summary>Merges such spellings in the document's entities; returns how many were merged.</summary>
    public static int Merge(Document document)
    {
        int merged = 0;
        for (int i = document.Entities.Count - 1; i >= 0; i--)
        {
            var later = document.Entities[i];
            if (later.Label != EntityLabels.Person) continue;
            var words = Words(later.Name);
            if (words.Length < 2) continue;
            var owners = document.Entities.Where(e => e.Label == EntityLabels.Person && !ReferenceEquals(e, later)
                && e.Mentions.Min(m => m.Start) < later.Mentions.Min(m => m.Start) && SameNameSpelledOtherwise(Words(e.Name), words)).ToList();
            if (owners.Count != 1) continue;
            PersonJoin.Into(document, i, owners[0]);
            merged++;
        }
        return merged;
    }

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool SameNameSpelledOtherwise(string[] first, string[] second)
    {
        if (first.Length != second.Length) return false;
        int differing = 0;
        for (int k = 0; k < first.Length; k++)
        {
            if (first[k] == second[k]) continue;
            if (++differing > 1 || !OtherSpelling(first[k], second[k])) return false;
        }
        return differing == 1;
    }

    private static bool OtherSpelling(string a, string b)
    {
        if (a.Length < MinimumWordLength || b.Length < MinimumWordLength || a.Contains('-') || b.Contains('-')) return false;
        if (char.ToLowerInvariant(a[0]) != char.ToLowerInvariant(b[0])) return false;
        if (a + "a" == b || b + "a" == a) return false;
        return Consonants(a) == Consonants(b);
    }

    /// <summary>The word's consonants in order, lower case, doubled ones once: "Saeed" → "sd", "Mohammed" → "mhmd".</summary>
    private static string Consonants(string word)
    {
        var chars = new List<char>(word.Length);
        foreach (char c in word.ToLowerInvariant())
        {
            if ("aeiouy".Contains(c) || !char.IsLetter(c)) continue;
            if (chars.Count > 0 && chars[^1] == c) continue;
            chars.Add(c);
        }
        return new string([.. chars]);
    }
}
