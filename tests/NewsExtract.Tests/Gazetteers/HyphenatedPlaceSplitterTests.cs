using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Entities;
using NewsExtract.Extraction.Text;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Gazetteers;

public sealed class HyphenatedPlaceSplitterTests
{
    private static List<(string Text, string Label)> Split(string text, string spanText, string label = EntityLabels.Location)
    {
        using var dir = new TempDirectory();
        var splitter = new HyphenatedPlaceSplitter(TinyGazetteer.Write(dir.Path));
        var document = new Document(new Article { Key = "t", Text = text, Source = new ArticleSource("test", null, null) });
        new Tokenizer().Process(document);
        int start = text.IndexOf(spanText, StringComparison.Ordinal);
        int token = document.Tokens.FindIndex(t => t.Start == start);
        Assert.True(token >= 0 && document.Tokens[token].End == start + spanText.Length, "the compound must be one token");
        document.EntitySpans.Add(new EntitySpan(start, start + spanText.Length, token, 1, label, "ner"));
        splitter.Process(document);
        return [.. document.EntitySpans.Select(s => (document.Slice(s.Start, s.End), s.Label))];
    }

    /// <summary>Tags the words <paramref name="spanText"/> (several tokens) and returns the spans after the splitter.</summary>
    private static List<(string Text, string Label)> SplitWords(string text, string spanText)
    {
        using var dir = new TempDirectory();
        var splitter = new HyphenatedPlaceSplitter(TinyGazetteer.Write(dir.Path));
        var document = new Document(new Article { Key = "t", Text = text, Source = new ArticleSource("test", null, null) });
        new Tokenizer().Process(document);
        int start = text.IndexOf(spanText, StringComparison.Ordinal), end = start + spanText.Length;
        int first = document.Tokens.FindIndex(t => t.Start == start), last = document.Tokens.FindIndex(t => t.End == end);
        Assert.True(first >= 0 && last > first, "the span must be whole tokens, more than one");
        document.EntitySpans.Add(new EntitySpan(start, end, first, last - first + 1, EntityLabels.Location, "ner"));
        splitter.Process(document);
        return [.. document.EntitySpans.Select(s => (document.Slice(s.Start, s.End), s.Label))];
    }

    [Fact]
    public void A_span_of_several_words_joined_by_a_hyphen_names_the_place_on_each_side()
    {
        // the recogniser cut the second place's name: it is taken whole from the words after the span
        Assert.Equal([("Port Alder", EntityLabels.Location), ("Brightwater", EntityLabels.Location)],
            SplitWords("The Port Alder-Brightwater Alder ferry runs daily.", "Port Alder-Brightwater"));
        Assert.Equal([("Port Alder", EntityLabels.Location), ("Port Alder", EntityLabels.Location)],
            SplitWords("The Port Alder-Port Alder shuttle runs daily.", "Port Alder-Port"));
        // the second place inside a route's name: the name's longest start that is a place
        Assert.Equal([("Eastmarch", EntityLabels.Location), ("Port Alder", EntityLabels.Location)],
            SplitWords("New bridges on the Eastmarch-Port Alder Road (E2) opened.", "Eastmarch-Port Alder Road"));
        // a side the gazetteer does not know stays when the span ends with its name
        Assert.Equal([("Eastmarch", EntityLabels.Location), ("Upper Kessel", EntityLabels.Location)],
            SplitWords("The Eastmarch-Upper Kessel railway was rebuilt.", "Eastmarch-Upper Kessel"));
        // a whole known name stays, and so does a compound with no known place
        Assert.Equal([("Rio Oster-Valde Bay", EntityLabels.Location)], SplitWords("Ships reached Rio Oster-Valde Bay today.", "Rio Oster-Valde Bay"));
        // a hyphenated region the gazetteer knows is one place, though one side is a city
        Assert.Equal([("Ostra-Vell County", EntityLabels.Location)], SplitWords("Rain fell in Ostra-Vell County today.", "Ostra-Vell County"));
    }

    [Fact]
    public void A_pair_of_places_becomes_a_mention_of_each()
    {
        Assert.Equal([("Novaria", EntityLabels.Gpe), ("Zeland", EntityLabels.Gpe)], Split("The Novaria-Zeland talks ended.", "Novaria-Zeland"));
        Assert.Equal([("Novaria", EntityLabels.Gpe)], Split("A Novaria-Arctic forum opened.", "Novaria-Arctic"));
    }

    [Fact]
    public void A_compound_adjective_becomes_a_mention_of_its_stem()
    {
        Assert.Equal([("Brightwater", EntityLabels.Location)], Split("A Brightwater-based fleet sailed.", "Brightwater-based"));
        Assert.Equal([("Zeland", EntityLabels.Gpe)], Split("The Zeland-controlled islands lie north.", "Zeland-controlled"));
    }

    [Fact]
    public void A_compound_without_a_known_place_or_that_is_a_name_itself_stays_whole()
    {
        Assert.Equal([("Oster-Valde", EntityLabels.Location)], Split("Rain fell on Oster-Valde today.", "Oster-Valde"));
        Assert.Equal([("Acme-Zeland", EntityLabels.Organization)], Split("Acme-Zeland hired staff.", "Acme-Zeland", EntityLabels.Organization));
    }

    [Fact]
    public void An_untagged_compound_of_countries_names_each_but_one_with_another_part_stays_untagged()
    {
        using var dir = new TempDirectory();
        var splitter = new HyphenatedPlaceSplitter(TinyGazetteer.Write(dir.Path));
        const string text = "Talks on Novaria-Zeland ties and Novaria-Arctic links.";
        var document = new Document(new Article { Key = "t", Text = text, Source = new ArticleSource("test", null, null) });
        new Tokenizer().Process(document);
        splitter.Process(document);
        Assert.Equal([("Novaria", EntityLabels.Gpe), ("Zeland", EntityLabels.Gpe)], document.EntitySpans.Select(s => (document.Slice(s.Start, s.End), s.Label)));
    }

    [Fact]
    public void A_compound_of_nationality_adjectives_names_no_place()
    {
        Assert.Empty(Split("The Novarian-Zelandic border is calm.", "Novarian-Zelandic"));
        Assert.Equal([("Novarian-Arctic", EntityLabels.Location)], Split("The Novarian-Arctic fleet sailed.", "Novarian-Arctic"));
    }
}
