using System.Text;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// The feature tokens of a (person, title) link for the link classifier: how the title attaches (before the name,
/// after it, with a comma), the title's words, head and length and how many of its words the world-leaders title list
/// knows, the name's shape (words, capitals, initials, words that are title, body or country words), whether the
/// recogniser tagged the name, and the words just outside the pair.
/// </summary>
public static class OfficialLinkFeatures
{
    public static string For(OfficialCandidate c, OfficialLexicon lexicon)
    {
        var f = new StringBuilder();
        void Add(string token) { if (f.Length > 0) f.Append(' '); f.Append(token.Replace(' ', '_')); }
        var s = c.Context;
        Add(c.TitleBefore ? "form=before" : "form=after");
        if (c.TitleBefore ? c.FirstWord > 0 && s[c.FirstWord - 1] == "," : c.LastWord + 1 < s.Words.Count && s[c.LastWord + 1] == ",")
            Add(c.TitleBefore ? "comma-before-name" : "comma-after-name");
        if (c.Untagged) Add("untagged-name");

        var titleWords = Words(c.Title.Title);
        Add("tlen=" + Bucket(titleWords.Count, 1, 2, 3, 5, 8));
        Add("tfirst=" + titleWords[0].ToLowerInvariant());
        Add("tlast=" + titleWords[^1].ToLowerInvariant());
        var head = titleWords.LastOrDefault(TitleLexicon.IsHead);
        Add("thead=" + (head?.ToLowerInvariant() ?? "none"));
        foreach (var w in titleWords.Take(10)) Add("tw=" + w.ToLowerInvariant());
        int known = titleWords.Count(w => lexicon.IsTitleWord(w) || TitleLexicon.IsConnector(w));
        Add("tknown=" + (known == titleWords.Count ? "all" : known * 2 >= titleWords.Count ? "most" : known > 0 ? "some" : "none"));
        int lowerContent = titleWords.Count(w => char.IsLower(w[0]) && !TitleLexicon.IsConnector(w) && !lexicon.IsTitleWord(w));
        Add("tlower-unknown=" + Bucket(lowerContent, 0, 1, 2));
        if (c.Title.Country is not null) Add("tcountry");
        if (c.Title.Organization is not null) Add("torg");

        var nameWords = Words(s.Text[c.Mention.Start..c.Mention.End]);
        Add("nwords=" + Bucket(nameWords.Count, 1, 2, 3));
        foreach (var w in nameWords)
        {
            Add("nshape=" + Shape(w));
            if (TitleLexicon.IsTitleVocabulary(w)) Add("n-title-vocab");
            else if (lexicon.IsTitleWord(w)) Add("n-title-word");
            if (TitleLexicon.IsBodyWord(w)) Add("n-body-word");
            if (lexicon.CountryOf(w) is not null) Add("n-country");
            if (TitleLexicon.IsConnector(w)) Add("n-connector");
        }
        if (nameWords.Count == 1) Add("n-single=" + Shape(nameWords[0]));
        if (c.Person.Mentions.Count > 1) Add("n-repeated");

        int next = c.TitleBefore ? c.LastWord + 1 : FirstAfterTitle(c);
        Add("next=" + (next >= 0 && next < s.Words.Count ? Normal(s[next]) : "END"));
        int prev = c.TitleBefore ? WordBefore(s, c.Title.Start) : c.FirstWord - 1;
        Add("prev=" + (prev >= 0 ? Normal(s[prev]) : "START"));
        return f.ToString();
    }

    private static int FirstAfterTitle(OfficialCandidate c)
    {
        for (int i = c.LastWord + 1; i < c.Context.Words.Count; i++)
            if (c.Context.Words[i].Start >= c.Title.End) return i;
        return -1;
    }

    private static int WordBefore(TitleContext s, int offset)
    {
        int found = -1;
        for (int i = 0; i < s.Words.Count && s.Words[i].End <= offset; i++) found = i;
        return found;
    }

    private static string Normal(string word) =>
        word.Length > 0 && char.IsLetter(word[0]) ? (TitleLexicon.IsConnector(word.ToLowerInvariant()) || char.IsLower(word[0]) ? word.ToLowerInvariant() : "Cap") : word;

    public static List<string> Words(string text) =>
        [.. text.Split([' ', ',', '(', ')', '–', '—'], StringSplitOptions.RemoveEmptyEntries)];

    public static string Shape(string word)
    {
        var sb = new StringBuilder();
        foreach (var ch in word)
        {
            char k = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            if (sb.Length == 0 || sb[^1] != k) sb.Append(k);
        }
        return sb.ToString();
    }

    public static string Bucket(int value, params int[] edges)
    {
        foreach (var e in edges)
            if (value <= e) return e.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ">" + edges[^1].ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
