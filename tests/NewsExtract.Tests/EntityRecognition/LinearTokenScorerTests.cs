using NewsExtract.Core.Documents;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Tests.EntityRecognition;

public sealed class LinearTokenScorerTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(15)]
    [InlineData(17)]
    [InlineData(40)]
    public void Aligned_vector_scores_equal_the_plain_sum_of_bias_and_slot_weights(int tags)
    {
        const string text = "Minister Ilya Dorn visited the Ostrand Harbour Fund in Velmora on Monday, and Dorn said it grew.";
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        Tokenizer.Tokenize(text, tokens);
        SentenceSplitter.Split(text, tokens, sentences);
        var config = new NerFeatureConfig { HashBits = 10 };
        var extractor = new NerFeatureExtractor(config, null, null);
        extractor.BeginDocument(text, tokens, sentences);
        var features = new FeatureBuffer();
        extractor.Extract(sentences[0], features);

        var random = new Random(7);
        var weights = new float[(1 << config.HashBits) * tags];
        for (int i = 0; i < weights.Length; i++) weights[i] = (float)(random.NextDouble() * 2 - 1);
        var biases = Enumerable.Range(0, tags).Select(_ => (float)random.NextDouble()).ToArray();

        var scores = new float[features.TokenCount * tags];
        new LinearTokenScorer(new AlignedWeightRows(weights, tags), biases).Score(features, scores);

        for (int t = 0; t < features.TokenCount; t++)
            for (int c = 0; c < tags; c++)
            {
                float expected = biases[c];
                foreach (int slot in features.SlotsOf(t)) expected += weights[slot * tags + c];
                Assert.Equal(expected, scores[t * tags + c]);
            }
    }
}
