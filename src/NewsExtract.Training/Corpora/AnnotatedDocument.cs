namespace NewsExtract.Training.Corpora;

/// <summary>One gold document (an article, or a run of consecutive sentences where the corpus has no articles).</summary>
public sealed record AnnotatedDocument(string Id, IReadOnlyList<AnnotatedSentence> Sentences)
{
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
