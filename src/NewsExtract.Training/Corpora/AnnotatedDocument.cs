namespace NewsExtract.Training.Corpora;

/// <summary>One gold document (an article, or a run of consecutive sentences where the corpus has no articles).</summary>
public sealed record AnnotatedDocument(string Id, IReadOnlyList<AnnotatedSentence> Sentences)
{
    /// <summary>The annotation domain its corpus was named with (<c>#DOMAIN</c>), or null.</summary>
    public string? Domain { get; init; }

    public int TokenCount
    {
        get
        {
            int n = 0;
            foreach (var s in Sentences) n += s.Count;
            return n;
        }
    }
}
