using NewsExtract.Core.Articles;

namespace NewsExtract.Core.Documents;

/// <summary>
/// The article being analysed and every layer the pipeline has added to it so far. Components append to the
/// layers in order: tokens → sentences → entity spans → money, percentages, dates → officials and merged
/// entities → events. All offsets index into <see cref="Text"/>.
/// </summary>
public sealed class Document
{
    public Document(Article article)
    {
        Article = article;
        Text = article.Text;
        Language = article.Language;
        Register = article.Register;
    }

    public Article Article { get; }
    public string Text { get; }

    /// <summary>The article's language (BCP 47), as the source stated it or as identified from the text; null if unknown.</summary>
    public string? Language { get; set; }

    /// <summary>
    /// The kind of writing the text is (see <c>TextRegisters</c> in Extraction: edited news copy, or informal web text
    /// such as forum posts, reviews and e-mail), as the source stated it (<see cref="Article.Register"/>) or the register
    /// detector judged it; null until judged. The entity
    /// recogniser tags web text with its web-register weights where its model has them.
    /// </summary>
    public string? Register { get; set; }

    public List<Token> Tokens { get; } = [];
    public List<Sentence> Sentences { get; } = [];
    public List<EntitySpan> EntitySpans { get; } = [];
    public List<MoneyMention> Money { get; } = [];
    public List<PercentMention> Percentages { get; } = [];
    public List<DateMention> Dates { get; } = [];
    public List<Entity> Entities { get; } = [];
    public List<Official> Officials { get; } = [];
    public List<ArticleEvent> Events { get; } = [];

    /// <summary>Model names and versions used on this document, by component.</summary>
    public Dictionary<string, string> Models { get; } = new(StringComparer.Ordinal);

    public ReadOnlySpan<char> TextOf(Token token) => token.TextIn(Text);

    public string Slice(int start, int end) => Text[start..end];

    /// <summary>The index of the sentence that contains character <paramref name="offset"/>, or -1.</summary>
    public int SentenceIndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
