namespace NewsExtract.Core.Articles;

/// <summary>
/// Keeps an article's text within a number of characters so that one oversized file cannot tie up extraction for
/// minutes: a longer text is cut at the last paragraph break before the cap (else the last sentence end, else the
/// cap itself, never inside a surrogate pair). The caller reports the cut; every offset in the record then points
/// into the text that was kept.
/// </summary>
public static class ArticleSizeCap
{
    /// <summary>The default cap: about 50 times a long news article.</summary>
    public const int DefaultMaxChars = 262_144;

    /// <summary>The article itself when its text fits, else a copy with the text cut (and <paramref name="truncated"/> true).</summary>
    public static Article Apply(Article article, int maxChars, out bool truncated)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 1);
        truncated = article.Text.Length > maxChars;
        return truncated ? article with { Text = article.Text[..CutAt(article.Text, maxChars)] } : article;
    }

    private static int CutAt(string text, int maxChars)
    {
        var head = text.AsSpan(0, maxChars);
        int minimum = maxChars / 2; // a break far back would throw away too much: then cut nearer the cap
        int paragraph = head.LastIndexOf("\n\n");
        if (paragraph >= minimum) return paragraph;
        int line = head.LastIndexOf('\n');
        if (line >= minimum) return line;
        int sentence = head.LastIndexOf(". ");
        if (sentence >= minimum) return sentence + 1;
        return char.IsHighSurrogate(text[maxChars - 1]) ? maxChars - 1 : maxChars;
    }
}
