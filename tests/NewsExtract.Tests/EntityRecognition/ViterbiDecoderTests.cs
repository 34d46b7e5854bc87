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

    [Fact]
    public void Transitions_keep_a_two_word_place_together_when_the_tokens_lean_to_two_places()
    {
        var labels = new NerLabelSet(["LOC"]); // O, B-LOC, I-LOC
        // Token 1 leans to starting a new place (B-LOC -0.5) over continuing (I-LOC -1.2).
        float[] scores = [-3f, -0.1f, -9f, -3f, -0.5f, -1.2f];
        var tags = new int[2];
        new ViterbiDecoder(labels).Decode(scores, 2, tags);
        Assert.Equal(["B-LOC", "B-LOC"], tags.Select(t => labels.Tags[t]));

        // Counted on data, a place rarely follows a place directly: B-LOC -> B-LOC -4, B-LOC -> I-LOC -1.
        float[] transitions =
        [
            -0.2f, -2f, -30f,   // start -> O, B-LOC, I-LOC
            -0.1f, -3f, -30f,   // O ->
            -0.5f, -4f, -1f,    // B-LOC ->
            -0.4f, -4f, -1.5f,  // I-LOC ->
        ];
        new ViterbiDecoder(labels, transitions).Decode(scores, 2, tags);
        Assert.Equal(["B-LOC", "I-LOC"], tags.Select(t => labels.Tags[t]));
    }

    [Fact]
    public void Zero_transitions_decode_exactly_as_none()
    {
        var labels = new NerLabelSet(["PER", "ORG", "LOC"]);
        var plain = new ViterbiDecoder(labels);
        var zero = new ViterbiDecoder(labels, new float[(labels.Count + 1) * labels.Count]);
        var random = new Random(11);
        for (int trial = 0; trial < 300; trial++)
        {
            int n = random.Next(1, 25);
            var scores = new float[n * labels.Count];
            for (int i = 0; i < scores.Length; i++) scores[i] = (float)(random.NextDouble() * 10 - 8);
            var a = new int[n];
            var b = new int[n];
            plain.Decode(scores, n, a);
            zero.Decode(scores, n, b);
            Assert.Equal(a, b);
        }
    }

    [Fact]
    public void Transitions_of_the_wrong_size_are_refused()
    {
        var labels = new NerLabelSet(["PER"]);
        Assert.Throws<ArgumentException>(() => new ViterbiDecoder(labels, new float[labels.Count * labels.Count]));
    }
}
