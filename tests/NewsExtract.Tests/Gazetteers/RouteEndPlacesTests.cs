using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Entities;
using NewsExtract.Extraction.Text;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Gazetteers;

public sealed class RouteEndPlacesTests
{
    /// <summary>Runs the component (and the hyphen splitter after it, as the pipeline does) with the words <paramref name="tagged"/> tagged as the label given.</summary>
    private static List<(string Text, string Label)> Places(string text, params (string Words, string Label)[] tagged)
    {
        using var dir = new TempDirectory();
        var world = TinyGazetteer.Write(dir.Path);
        var document = new Document(new Article { Key = "t", Text = text, Source = new ArticleSource("test", null, null) });
        new Tokenizer().Process(document);
        foreach (var (words, label) in tagged)
        {
            int start = text.IndexOf(words, StringComparison.Ordinal), end = start + words.Length;
            int first = document.Tokens.FindIndex(t => t.Start == start), last = document.Tokens.FindIndex(t => t.End == end);
            Assert.True(first >= 0 && last >= first, "the tagged words must be whole tokens");
            document.EntitySpans.Add(new EntitySpan(start, end, first, last - first + 1, label, "ner"));
        }
        new RouteEndPlaces(world).Process(document);
        new HyphenatedPlaceSplitter(world).Process(document);
        return [.. document.EntitySpans.Select(s => (document.Slice(s.Start, s.End), s.Label))];
    }

    [Fact]
    public void Each_end_of_a_route_is_a_place_whether_the_gazetteer_knows_it_or_not()
    {
        // "Dunlow" and "Kessary" are villages no gazetteer holds; the splitter alone would keep only Millford
        Assert.Equal([("Millford", EntityLabels.Location), ("Dunlow", EntityLabels.Location), ("Kessary", EntityLabels.Location)],
            Places("Work on the Millford-Dunlow-Kessary railway resumed.", ("Millford-Dunlow-Kessary", EntityLabels.Location)));
        // untagged by the recogniser, and a country at one end
        Assert.Equal([("Novaria", EntityLabels.Gpe), ("Dunlow", EntityLabels.Location)],
            Places("A Novaria-Dunlow gas pipeline is planned."));
    }

    [Fact]
    public void An_end_written_in_two_words_takes_the_capitalised_word_before_the_hyphen()
    {
        Assert.Equal([("Vell Pass", EntityLabels.Location), ("Dunlow", EntityLabels.Location)],
            Places("Money goes to the Vell Pass-Dunlow highway.", ("Vell Pass-Dunlow", EntityLabels.Location)));
    }

    [Fact]
    public void Directions_adjectives_other_nouns_and_names_of_bodies_are_left_alone()
    {
        Assert.Empty(Places("The East-West highway was repaired."));
        // a facility at one end is no place; the other end is
        Assert.Equal([("Dunlow", EntityLabels.Location)], Places("The Dunlow-Airport road reopened."));
        Assert.Empty(Places("Novarian-Zelandic talks opened."));
        Assert.Equal([("Brightwater", EntityLabels.Location)], Places("The Brightwater-Dunlow talks opened.", ("Brightwater-Dunlow", EntityLabels.Location)));
        Assert.Equal([("Millford-Dunlow Railway Company", EntityLabels.Organization)],
            Places("The Millford-Dunlow Railway Company grew.", ("Millford-Dunlow Railway Company", EntityLabels.Organization)));
    }
}
