using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Language;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Tests.Language;

public sealed class TextRegisterFeaturesTests
{
    private static float[] Measure(string text)
    {
        var document = new Document(new Article { Key = "k", Text = text, Source = new ArticleSource("s", null, null) });
        new Tokenizer().Process(document);
        new SentenceSplitter().Process(document);
        return TextRegisterFeatures.Compute(document.Text, document.Tokens, document.Sentences);
    }

    private static float Feature(float[] features, string name) => features[TextRegisterFeatures.Index(name)];

    private const string Post = "i don't get why my router keeps dropping. i've reset it twice!! any ideas? thanks :)";
    private const string Wire = "The Minister of Energy said on Monday that the plant would open in March. " +
        "According to the ministry, 1,200 people will work there. The agreement was signed in Baku.";

    [Fact]
    public void A_post_is_measured_by_its_voice_and_punctuation()
    {
        var post = Measure(Post);
        Assert.Equal(3f / 16, Feature(post, "firstPersonSingular"), 3); // i, my, i ("'ve" is a clitic, not a word)
        Assert.True(Feature(post, "contractions") > 0);                  // n't, 've
        Assert.True(Feature(post, "lowerCaseI") > 0);
        Assert.True(Feature(post, "lowerCaseSentenceStarts") >= 0.5f); // the splitter finds one sentence in lower-case text
        Assert.True(Feature(post, "questions") > 0);
        Assert.True(Feature(post, "doubledPunctuation") > 0);             // "!!" and ":)"
        Assert.Equal(0, Feature(post, "reportedSpeech"));
    }

    [Fact]
    public void Wire_copy_reports_speech_and_speaks_in_no_person()
    {
        var wire = Measure(Wire);
        Assert.Equal(0, Feature(wire, "firstPersonSingular"));
        Assert.Equal(0, Feature(wire, "contractions"));
        Assert.Equal(0, Feature(wire, "lowerCaseSentenceStarts"));
        Assert.Equal(2f / 3, Feature(wire, "reportedSpeech"), 3);        // "said", "According"
        Assert.True(Feature(wire, "numbers") > 0);
        Assert.True(Feature(wire, "capitalisedInside") > Feature(Measure(Post), "capitalisedInside"));
    }

    [Fact]
    public void A_text_without_words_measures_zero()
    {
        Assert.All(Measure("1,200 — 35 %"), f => Assert.Equal(0, f));
        Assert.All(Measure(""), f => Assert.Equal(0, f));
    }

    [Fact]
    public void Typographic_apostrophes_count_as_contractions() =>
        Assert.Equal(Feature(Measure("We don't know. It isn't here."), "contractions"), Feature(Measure("We don’t know. It isn’t here."), "contractions"));

    [Fact]
    public void An_unknown_feature_name_is_refused() => Assert.Throws<ArgumentException>(() => TextRegisterFeatures.Index("sentenceLength"));
}
