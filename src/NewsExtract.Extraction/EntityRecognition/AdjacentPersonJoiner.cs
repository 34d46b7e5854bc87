using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// Joins a person's name the recogniser cut into pieces: decoding each token on its own, it may start a new name where
/// the next word looks like a name of its own ("Noor" + "Soraya Mohammad Jamal", "Ahmad" + "Nazlan Idris"). Two PERSON
/// spans with only a single space between them are one name; English copy never writes two people's names side by side
/// without a comma, a conjunction or a line break.
/// </summary>
public static class AdjacentPersonJoiner
{
    /// <summary>Rewrites the spans (sorted by start) in place.</summary>
    public static void Join(Document document, List<EntitySpan> spans)
    {
        for (int i = 0; i + 1 < spans.Count; i++)
        {
            var span = spans[i];
            var next = spans[i + 1];
            if (span.Label != EntityLabels.Person || next.Label != EntityLabels.Person || span.TokenCount == 0 || next.TokenCount == 0) continue;
            if (next.FirstToken != span.EndToken || !ParticleNameJoiner.Adjacent(document, span.EndToken - 1, next.FirstToken)) continue;
            spans[i] = span with { End = next.End, TokenCount = next.EndToken - span.FirstToken, Recognizer = EntitySpanRefiner.ComponentName };
            spans.RemoveAt(i + 1);
            i--; // the joined name may run on into a third piece
        }
    }
}
