using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Training.Corpora;

namespace NewsExtract.Training.Ner;

/// <summary>
/// Tag-to-tag transition scores counted on training documents, for the decoder (see
/// <see cref="NerModelInfo.Transitions"/>): row 0 for the sentence start, row 1 + p after tag p. Only one kind of step
/// gets a score: starting an entity right after one of the same type (B-X after B-X or I-X), scored
/// log P(B-X | previous) − log P(B-X), add-<see cref="Smoothing"/> smoothed. Copy almost never puts two names of one
/// type side by side with nothing between, so when the token scores lean that way ("New" | "York", "Dr" | "Mahathir
/// Mohamed") the decoder is pushed to one name instead. Every other allowed step scores 0: the token scores already hold
/// each tag's prior, and a bonus for going on with an entity glued coordinated names ("Azerpoct and Mail of Russia")
/// into one. A step IOB2 forbids gets <see cref="Forbidden"/> (the decoder never takes it anyway).
/// </summary>
public static class NerTransitionCounts
{
    public const double Smoothing = 0.5;
    public const float Forbidden = -30f;

    public static float[][] Scores(IEnumerable<AnnotatedDocument> documents, NerLabelSet labels)
    {
        int k = labels.Count;
        var counts = new double[k + 1, k];
        foreach (var document in documents)
        {
            foreach (var sentence in document.Sentences)
            {
                int previous = -1;
                foreach (var tag in sentence.Tags)
                {
                    int current = labels.IndexOf(tag);
                    if (current < 0) current = 0;
                    if (!labels.CanFollow(previous, current)) current = labels.IsInside(current) ? NerLabelSet.BeginOf(labels.TypeOf(current)) : current;
                    counts[previous + 1, current]++;
                    previous = current;
                }
            }
        }
        var prior = new double[k];
        double tokens = k * Smoothing;
        for (int t = 0; t < k; t++) prior[t] = Smoothing;
        for (int p = 0; p <= k; p++)
            for (int t = 0; t < k; t++) { prior[t] += counts[p, t]; tokens += counts[p, t]; }
        var rows = new float[k + 1][];
        for (int p = -1; p < k; p++)
        {
            double total = 0;
            for (int t = 0; t < k; t++)
                if (labels.CanFollow(p, t)) total += counts[p + 1, t] + Smoothing;
            var row = new float[k];
            for (int t = 0; t < k; t++)
                row[t] = !labels.CanFollow(p, t) ? Forbidden
                    : IsRestart(labels, p, t) ? (float)(Math.Log((counts[p + 1, t] + Smoothing) / total) - Math.Log(prior[t] / tokens))
                    : 0f;
            rows[p + 1] = row;
        }
        return rows;
    }

    /// <summary>Tag <paramref name="tag"/> begins an entity of the type <paramref name="previous"/> is part of.</summary>
    private static bool IsRestart(NerLabelSet labels, int previous, int tag) =>
        previous >= 0 && tag > 0 && !labels.IsInside(tag) && labels.TypeOf(previous) == labels.TypeOf(tag);
}
