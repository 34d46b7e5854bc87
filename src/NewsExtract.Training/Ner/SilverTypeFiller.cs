using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Training.Corpora;

namespace NewsExtract.Training.Ner;

/// <summary>
/// Completes partially annotated corpora: gold article files and Universal NER files annotate persons, organisations
/// and places only, so their dates, nationalities, events and other names would teach the model "O". A reference model
/// tags each document; its spans of the types the corpus does not annotate are added where they touch no gold entity.
/// The corpus's own annotation is never changed.
/// </summary>
public static class SilverTypeFiller
{
    /// <summary>
    /// The raw types a corpus format annotates when it annotates only persons, organisations and places (gold article
    /// files; Universal NER files, such as the project's own web-register corpus), or null for a format whose types
    /// are taken as complete.
    /// </summary>
    public static IReadOnlyList<string>? AnnotatedRawTypes(CorpusFormat format) => format switch
    {
        CorpusFormat.Gold => [GoldRecordsReader.Person, GoldRecordsReader.Organization, GoldRecordsReader.Location],
        CorpusFormat.Uner => ["PER", "ORG", "LOC"],
        _ => null,
    };

    public static List<AnnotatedDocument> Fill(IReadOnlyList<AnnotatedDocument> documents, NerModel reference, IReadOnlySet<string> annotatedTypes)
    {
        var tagger = new NerTagger(reference);
        var filled = new List<AnnotatedDocument>(documents.Count);
        var tags = new int[1024];
        foreach (var document in documents)
        {
            var layout = AnnotatedDocumentText.Build(document);
            if (tags.Length < layout.Tokens.Count) tags = new int[layout.Tokens.Count * 2];
            tagger.Tag(layout.Text, layout.Tokens, layout.Sentences, tags);
            var sentences = new List<AnnotatedSentence>(document.Sentences.Count);
            int offset = 0;
            foreach (var sentence in document.Sentences)
            {
                var predicted = new string[sentence.Count];
                for (int i = 0; i < predicted.Length; i++) predicted[i] = reference.Labels.Tags[tags[offset + i]];
                var merged = sentence.Tags.ToArray();
                foreach (var (start, end, type) in IobTags.Spans(predicted))
                {
                    if (annotatedTypes.Contains(type)) continue;
                    bool free = true;
                    for (int i = start; i < end && free; i++) free = merged[i] == "O";
                    if (!free) continue;
                    merged[start] = "B-" + type;
                    for (int i = start + 1; i < end; i++) merged[i] = "I-" + type;
                }
                sentences.Add(new AnnotatedSentence(sentence.Words, merged));
                offset += sentence.Count;
            }
            filled.Add(document with { Sentences = sentences });
        }
        return filled;
    }
}
