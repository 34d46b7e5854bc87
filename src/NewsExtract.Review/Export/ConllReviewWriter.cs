using NewsExtract.Core.Documents;
using NewsExtract.Review.Annotations;

namespace NewsExtract.Review.Export;

/// <summary>
/// Writes reviewed articles in CoNLL-2003 layout (<c>token POS chunk NER</c>, <c>_</c> for POS and chunk), one
/// <c>-DOCSTART-</c> per article and a blank line after each sentence, with IOB2 tags PER (persons and officials),
/// ORG and LOC for the entities as they stand after review (rejected ones are O, added and corrected ones tagged).
/// Where spans overlap, the longer one wins. Sentences and tokens come from the given splitter (the export verb
/// passes the extraction pipeline's tokenizer and sentence splitter), else from <see cref="ReviewTokenizer"/>.
/// </summary>
public static class ConllReviewWriter
{
    public static string Tag(string kind) => kind switch
    {
        AnnotationKinds.Person or AnnotationKinds.Official => "PER",
        AnnotationKinds.Organization => "ORG",
        AnnotationKinds.Location => "LOC",
        _ => "",
    };

    public static async Task<int> WriteAsync(
        TextWriter writer, IEnumerable<ReviewedArticle> articles, CancellationToken ct,
        Func<string, IReadOnlyList<IReadOnlyList<Token>>>? sentences = null)
    {
        sentences ??= ReviewTokenizer.Sentences;
        var count = 0;
        foreach (var article in articles)
        {
            ct.ThrowIfCancellationRequested();
            var text = article.Record.Text;
            var entities = article.Annotations
                .Where(a => a.IsKept && Tag(a.Current.Kind).Length > 0)
                .Select(a => a.Current)
                .OrderByDescending(a => a.End - a.Start).ThenBy(a => a.Start)
                .ToList();
            await writer.WriteAsync("-DOCSTART- -X- -X- O\n\n");
            foreach (var sentence in sentences(text))
            {
                var tags = new string[sentence.Count];
                foreach (var entity in entities)
                {
                    var covered = Enumerable.Range(0, sentence.Count)
                        .Where(i => sentence[i].Start < entity.End && sentence[i].End > entity.Start).ToList();
                    if (covered.Count == 0 || covered.Any(i => tags[i] is not null)) continue;
                    for (var n = 0; n < covered.Count; n++)
                        tags[covered[n]] = (n == 0 ? "B-" : "I-") + Tag(entity.Kind);
                }
                for (var i = 0; i < sentence.Count; i++)
                    await writer.WriteAsync($"{text[sentence[i].Start..sentence[i].End]} _ _ {tags[i] ?? "O"}\n");
                await writer.WriteAsync("\n");
            }
            count++;
        }
        return count;
    }
}
