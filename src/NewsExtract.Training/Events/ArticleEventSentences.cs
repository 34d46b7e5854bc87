using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Training.Events;

/// <summary>
/// One sentence of an annotated article, with the event types its gold events name it as evidence for (none: a
/// negative), and the types it holds a trigger word of that the article has gold events of but not with this sentence
/// as evidence (<see cref="Restates"/>: most often a restatement of one of them, since gold gives one evidence per event).
/// </summary>
public sealed record ArticleEventSentence(string ArticleId, string Sentence, string[] Types, string[]? Restates = null);

/// <summary>
/// Labels the sentences of an annotated article for the event classifier: a sentence is a positive of a type when
/// a gold event of that type gives (part of) it as its evidence; every other sentence is a negative. The sentences
/// are the pipeline's own (the document must have run the tokenizer and the sentence splitter), so training sees
/// what extraction classifies; sentences too short to classify are left out as extraction leaves them out.
/// </summary>
public static class ArticleEventSentences
{
    /// <param name="articleId">the article's id (cross-validation keeps an article's sentences in one fold)</param>
    /// <param name="document">the article after the tokenizer and the sentence splitter</param>
    /// <param name="events">each gold event's type and evidence text</param>
    /// <param name="unmatched">gold evidence texts found nowhere in the article</param>
    public static List<ArticleEventSentence> Label(string articleId, Document document, IEnumerable<(string Type, string Evidence)> events, out int unmatched)
    {
        var sentences = SentenceRanges.Of(document);
        var types = sentences.Select(_ => new SortedSet<string>(StringComparer.Ordinal)).ToArray();
        unmatched = 0;
        foreach (var (type, evidence) in events)
        {
            if (!EventTypes.All.Contains(type)) throw new InvalidDataException($"{articleId}: unknown event type '{type}'.");
            var trimmed = evidence.Trim();
            int at = trimmed.Length == 0 ? -1 : document.Text.IndexOf(trimmed, StringComparison.Ordinal);
            if (at < 0) { unmatched++; continue; }
            // every sentence the evidence overlaps: the splitter may cut an evidence where its annotator did not
            for (int i = 0; i < sentences.Count; i++)
                if (sentences[i].Start < at + trimmed.Length && at < sentences[i].End) types[i].Add(type);
        }
        var articleTypes = types.SelectMany(t => t).ToHashSet(StringComparer.Ordinal);
        var labelled = new List<ArticleEventSentence>();
        for (int i = 0; i < sentences.Count; i++)
        {
            var text = document.Slice(sentences[i].Start, sentences[i].End);
            if (text.Length < EventExtractor.MinimumSentenceLength) continue;
            var restates = EventTriggerLexicon.TypesIn(text).Where(t => articleTypes.Contains(t) && !types[i].Contains(t)).Order(StringComparer.Ordinal).ToArray();
            labelled.Add(new ArticleEventSentence(articleId, text, [.. types[i]], restates));
        }
        return labelled;
    }
}
