using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// One sentence as the title reader sees it: its words, plus what the entity layer says about character ranges
/// (which belong to other people, which name organisations).
/// </summary>
public sealed class TitleContext(string text, IReadOnlyList<TextWord> words, IReadOnlyList<(int Start, int End)> people, IReadOnlyList<(int Start, int End)> organizations,
    Func<string, bool>? isPortfolioWord = null)
{
    /// <summary>
    /// A lower-case word the title lexicon lists as a portfolio ("culture" in "culture minister"), when the context
    /// has the lexicon.
    /// </summary>
    public bool IsListedPortfolio(int index)
    {
        var w = this[index];
        return isPortfolioWord is not null && w.Length > 2 && char.IsLower(w[0]) && !TitleLexicon.IsConnector(w) && isPortfolioWord(w);
    }

    /// <summary>
    /// A word, in any case, that names a portfolio: the curated portfolio words, or the directory's ("Culture" in
    /// "Culture, Heritage and Sport Minister").
    /// </summary>
    public bool IsPortfolio(int index)
    {
        var w = this[index];
        if (w.Length <= 2 || !char.IsLetter(w[0]) || TitleLexicon.IsConnector(w)) return false;
        return TitleLexicon.IsPortfolioWord(w) || (isPortfolioWord is not null && isPortfolioWord(w.ToLowerInvariant()));
    }

    public string Text { get; } = text;
    public IReadOnlyList<TextWord> Words { get; } = words;

    public string this[int index] => Text[Words[index].Start..Words[index].End];

    public bool InPerson(int index) => Covers(people, Words[index]);

    public bool InOrganization(int index) => Covers(organizations, Words[index]);

    /// <summary>The organisation span that ends exactly at word <paramref name="lastIndex"/>, if any.</summary>
    public (int Start, int End)? OrganizationEndingAt(int lastIndex)
    {
        var w = Words[lastIndex];
        foreach (var o in organizations)
            if (o.End == w.End && o.Start <= w.Start) return o;
        return null;
    }

    /// <summary>
    /// The organisation whose possessive ends at word <paramref name="lastIndex"/> ("NATO's", "European Union’s"):
    /// its span, which stops before the "'s", or null.
    /// </summary>
    public (int Start, int End)? PossessiveOrganizationEndingAt(int lastIndex)
    {
        var word = this[lastIndex];
        if (!word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal)) return null;
        var w = Words[lastIndex];
        foreach (var o in organizations)
            if (o.End == w.End - 2 && o.Start < o.End) return o;
        return null;
    }

    /// <summary>The organisation span that begins exactly at word <paramref name="firstIndex"/>, if any.</summary>
    public (int Start, int End)? OrganizationStartingAt(int firstIndex)
    {
        var w = Words[firstIndex];
        foreach (var o in organizations)
            if (o.Start == w.Start && o.End >= w.End) return o;
        return null;
    }

    public bool IsCapitalized(int index)
    {
        var w = this[index];
        return w.Length > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0]));
    }

    public int IndexAt(int charOffset)
    {
        for (int i = 0; i < Words.Count; i++)
            if (Words[i].Start <= charOffset && charOffset < Words[i].End) return i;
        return -1;
    }

    private static bool Covers(IReadOnlyList<(int Start, int End)> ranges, TextWord w)
    {
        foreach (var r in ranges)
            if (r.Start <= w.Start && w.End <= r.End) return true;
        return false;
    }
}
