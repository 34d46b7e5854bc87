using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Training.Corpora;

namespace NewsExtract.Training.Ner;

/// <summary>
/// Tag-to-tag transition scores counted on training documents, for the decoder (see
/// <see cref="NerModelInfo.Transitions"/>): row 0 is log P(tag | sentence start) − log P(tag), row 1 + p is
/// log P(tag | previous tag p) − log P(tag), add-<see cref="Smoothing"/> smoothed over the tags IOB2 allows there; a tag
/// IOB2 forbids gets <see cref="Forbidden"/> (the decoder never takes it anyway). The token scores already hold each
/// tag's prior P(tag), so the transition adds only what the previous tag says beyond it (pointwise mutual
/// information): going on with a place after "New" is far likelier than its prior, starting a second place right after
/// one far less, and an entity after an O about as likely as anywhere.
/// </summary>
public static class NerTransitionCounts
{
    public const double Smoothing = 0.5;
    public const float Forbidden = -30f;

    public static float[][] LogProbabilities(IEnumerable<AnnotatedDocument> documents, NerLabelSet labels)
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
        double tokens = 0;
        for (int p = 0; p <= k; p++)
            for (int t = 0; t < k; t++) { prior[t] += counts[p, t] + Smoothing; tokens += counts[p, t] + Smoothing; }
        var rows = new float[k + 1][];
        for (int p = -1; p < k; p++)
        {
            double total = 0;
            for (int t = 0; t < k; t++)
                if (labels.CanFollow(p, t)) total += counts[p + 1, t] + Smoothing;
            var row = new float[k];
            for (int t = 0; t < k; t++)
                row[t] = labels.CanFollow(p, t) ? (float)(Math.Log((counts[p + 1, t] + Smoothing) / total) - Math.Log(prior[t] / tokens)) : Forbidden;
            rows[p + 1] = row;
        }
        return rows;
    }
}
