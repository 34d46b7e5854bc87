using NewsExtract.Extraction.EntityRecognition;

namespace NewsExtract.Tests.EntityRecognition;

public sealed class ViterbiDecoderTests
{
    [Fact]
    public void Never_emits_an_inside_tag_that_does_not_continue_its_type()
    {
        var labels = new NerLabelSet(["PER", "ORG", "LOC"]);
        var decoder = new ViterbiDecoder(labels);
        var random = new Random(7);
        for (int trial = 0; trial < 500; trial++)
        {
            int n = random.Next(1, 30);
            var scores = new float[n * labels.Count];
            for (int i = 0; i < scores.Length; i++) scores[i] = (float)(random.NextDouble() * 10 - 8);
            var tags = new int[n];
            decoder.Decode(scores, n, tags);
            for (int i = 0; i < n; i++)
            {
                if (!labels.IsInside(tags[i])) continue;
                Assert.True(i > 0, $"trial {trial}: sentence starts with {labels.Tags[tags[i]]}");
                Assert.Equal(labels.TypeOf(tags[i]), labels.TypeOf(tags[i - 1]));
            }
        }
    }

    [Fact]
    public void Prefers_the_best_legal_path_over_an_illegal_argmax()
    {
        var labels = new NerLabelSet(["PER"]);
        var decoder = new ViterbiDecoder(labels);
        // Token 0: O slightly above B-PER; token 1: I-PER far ahead. Argmax would give O I-PER (illegal).
        float[] scores = [-0.6f, -0.8f, -9f, -5f, -6f, -0.01f];
        var tags = new int[2];
        decoder.Decode(scores, 2, tags);
        Assert.Equal(["B-PER", "I-PER"], tags.Select(t => labels.Tags[t]));
    }
}
