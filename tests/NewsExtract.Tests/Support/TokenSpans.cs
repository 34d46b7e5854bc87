using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Tests.Support;

/// <summary>A tokenized document with entity spans marked over given surfaces, as a recogniser might have left them.</summary>
public static class TokenSpans
{
    /// <summary>The document of <paramref name="text"/>, tokenized, and a span for the first occurrence of each surface, sorted by start.</summary>
    public static (Document Doc, List<EntitySpan> Spans) Tagged(string text, params (string Surface, string Label)[] spans)
    {
        var doc = new Document(new Article { Key = "t", Text = text, Source = new ArticleSource("t", null, null) });
        Tokenizer.Tokenize(doc.Text, doc.Tokens);
        var list = new List<EntitySpan>();
        foreach (var (surface, label) in spans)
        {
            int start = text.IndexOf(surface, StringComparison.Ordinal), end = start + surface.Length;
            int first = doc.Tokens.FindIndex(t => t.Start == start), last = doc.Tokens.FindIndex(t => t.End == end);
            list.Add(new EntitySpan(start, end, first, last - first + 1, label, "test"));
        }
        list.Sort((a, b) => a.Start.CompareTo(b.Start));
        return (doc, list);
    }
}
