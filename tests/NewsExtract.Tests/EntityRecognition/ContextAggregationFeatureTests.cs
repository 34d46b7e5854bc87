using NewsExtract.Core.Documents;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Tests.EntityRecognition;

public sealed class ContextAggregationFeatureTests
{
    private const string Story = "Inspector Brannock said the harbour was closed. On Friday the court heard Brannock again.";

    [Fact]
    public void A_capitalised_word_borrows_the_neighbours_of_its_other_occurrences()
    {
        var plain = SlotsOf(Story, aggregate: false, sentence: 1, word: "Brannock");
        var aggregated = SlotsOf(Story, aggregate: true, sentence: 1, word: "Brannock");

        Assert.Superset(plain, aggregated);
        // the other occurrence's "inspector" and "said" one word away, its sentence start and "the" two away, and the
        // shapes of "Inspector" and "said"
        Assert.Equal(6, aggregated.Count - plain.Count);
    }

    [Fact]
    public void What_is_borrowed_depends_on_the_other_occurrences_words()
    {
        const string other = "Inspector Brannock denied the harbour was closed. On Friday the court heard Brannock again.";

        var said = SlotsOf(Story, aggregate: true, sentence: 1, word: "Brannock");
        var denied = SlotsOf(other, aggregate: true, sentence: 1, word: "Brannock");

        Assert.NotEqual(said, denied);
        Assert.Equal(SlotsOf(Story, aggregate: false, sentence: 1, word: "Brannock"), SlotsOf(other, aggregate: false, sentence: 1, word: "Brannock"));
    }

    [Theory]
    [InlineData("court")]   // lower-case words take no part
    [InlineData("Friday")]  // a word named once has no other occurrence
    public void Words_without_another_capitalised_occurrence_are_unchanged(string word)
    {
        Assert.Equal(SlotsOf(Story, aggregate: false, sentence: 1, word: word), SlotsOf(Story, aggregate: true, sentence: 1, word: word));
    }

    [Fact]
    public void A_model_stored_before_the_option_existed_reads_it_as_off()
    {
        var config = System.Text.Json.JsonSerializer.Deserialize<NerFeatureConfig>("""{"HashBits": 12}""");

        Assert.NotNull(config);
        Assert.False(config.ContextAggregation);
    }

    private static HashSet<int> SlotsOf(string text, bool aggregate, int sentence, string word)
    {
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        Tokenizer.Tokenize(text, tokens);
        SentenceSplitter.Split(text, tokens, sentences);
        var extractor = new NerFeatureExtractor(new NerFeatureConfig { HashBits = 22, ContextAggregation = aggregate }, null, null);
        extractor.BeginDocument(text, tokens, sentences);
        var features = new FeatureBuffer();
        var s = sentences[sentence];
        extractor.Extract(s, features);
        int index = Enumerable.Range(0, s.TokenCount).Single(i => text[tokens[s.FirstToken + i].Start..tokens[s.FirstToken + i].End] == word);
        return [.. features.SlotsOf(index).ToArray()];
    }
}
