using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Extraction.Text;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.EntityRecognition;

/// <summary>
/// The nouns that name a kind of place after its name ("… villages", "… district", "… Pass") are a fact category of
/// the recogniser's gazetteer, so a name it has never seen, standing before one, is read as a place.
/// </summary>
public sealed class PlaceKindWordTests
{
    private static ulong[] Hashes(params string[] words) => [.. words.Select(w => FeatureHashing.HashLower(w))];

    [Fact]
    public void The_written_facts_mark_the_nouns_that_name_a_kind_of_place_and_not_other_nouns()
    {
        var gazetteer = new Gazetteer();
        FactGazetteer.AddTo(gazetteer);
        uint placeWord = 1u << gazetteer.CategoryIndex(FactGazetteer.CategoryPrefix + "placeword");
        var words = Hashes("Villages", "district", "Pass", "oblast", "minister", "agreement", "company");
        var begins = new uint[words.Length];
        gazetteer.Match(words, [.. words.Select(_ => true)], begins, new uint[words.Length]);
        Assert.Equal([placeWord, placeWord, placeWord, placeWord, 0u, 0u, 0u], begins.Select(b => b & placeWord).ToArray());
    }

    [Theory]
    [InlineData("Artillery fire from across the line hit Dashbulagli and Gyzylgayali villages of the Tovuz district on Monday night.", "Dashbulagli", "Gyzylgayali")]
    [InlineData("The ministry will rebuild the road through the Zarkhani Pass and the bridge at Kvemo Tsaghveri village this year.", "Zarkhani Pass", "Kvemo Tsaghveri")]
    public void The_shipped_model_reads_unknown_names_before_a_place_noun_as_places(string text, string first, string second)
    {
        var document = new Document(new Article { Key = "t", Text = text, Source = new ArticleSource("t", null, null) });
        Tokenizer.Tokenize(document.Text, document.Tokens);
        SentenceSplitter.Split(document.Text, document.Tokens, document.Sentences);
        new EntityRecognizer(NerModel.Load(RepoPaths.InRepo("models", "ner", NerModel.DefaultFileName))).Process(document);
        var places = document.EntitySpans.Where(s => EntityLabels.IsPlace(s.Label)).Select(s => document.Slice(s.Start, s.End)).ToList();
        string seen = string.Join("; ", document.EntitySpans.Select(s => $"{document.Slice(s.Start, s.End)}={s.Label}"));
        Assert.True(places.Contains(first), $"{first} not a place; found: {seen}");
        Assert.True(places.Contains(second), $"{second} not a place; found: {seen}");
    }
}
