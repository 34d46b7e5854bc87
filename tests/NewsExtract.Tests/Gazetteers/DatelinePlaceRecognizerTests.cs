using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Entities;
using NewsExtract.Extraction.Text;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Gazetteers;

public sealed class DatelinePlaceRecognizerTests
{
    private static Document Run(string text, Action<Document>? before = null)
    {
        using var dir = new TempDirectory();
        var recognizer = new DatelinePlaceRecognizer(TinyGazetteer.Write(dir.Path));
        var document = new Document(new Article { Key = "t", Text = text, Source = new ArticleSource("test", null, null) });
        new Tokenizer().Process(document);
        new SentenceSplitter().Process(document);
        before?.Invoke(document);
        recognizer.Process(document);
        return document;
    }

    private static List<(string Text, string Label)> Spans(Document d) =>
        [.. d.EntitySpans.Select(s => (d.Slice(s.Start, s.End), s.Label))];

    [Theory]
    [InlineData("BRIGHTWATER, May 3 (Zeland Wire) -- The port reopened.", "BRIGHTWATER", EntityLabels.Location)]
    [InlineData("Port Alder, 4 June / NovaPress /. Exports grew.", "Port Alder", EntityLabels.Location)]
    [InlineData("NOVARIA - The harvest was late.", "NOVARIA", EntityLabels.Gpe)]
    [InlineData("By Ana Ruiz\nBRIGHTWATER, May 3 (Zeland Wire) -- The port reopened.", "BRIGHTWATER", EntityLabels.Location)]
    [InlineData("Port Alder [Novaria], May 3 (NovaPress): Exports grew.", "Port Alder", EntityLabels.Location)]
    [InlineData("BRIGHTWATER. Oct 21 (Zeland Wire) - The port reopened.", "BRIGHTWATER", EntityLabels.Location)]
    [InlineData("Brightwater. 21 October. The port reopened.", "Brightwater", EntityLabels.Location)]
    [InlineData("PORT ALDER. NOVAPRESS - Exports grew.", "PORT ALDER", EntityLabels.Location)]
    public void The_place_a_dateline_opens_with_becomes_a_place_mention(string text, string place, string label)
    {
        Assert.Equal([(place, label)], Spans(Run(text)));
    }

    [Theory]
    [InlineData("Millford, May 3. Two towns share the name.")]      // a city name two countries use alike: not taken
    [InlineData("Harbour workers, the union said, walked out.")]     // not a place
    [InlineData("Brightwater grew, the mayor said.")]                // the punctuation does not follow the place
    [InlineData("Rain.\nStorms.\nWind.\nBRIGHTWATER, May 3. Late.")]  // a fourth line is no longer the opening
    [InlineData("Brightwater. The port reopened on Monday.")]        // a full stop alone ends a sentence, not a dateline
    [InlineData("BRIGHTWATER.\nThe port reopened.")]                 // nothing follows the full stop on its line
    public void Only_known_unambiguous_places_followed_by_dateline_punctuation_are_taken(string text)
    {
        Assert.Empty(Spans(Run(text)));
    }

    [Fact]
    public void A_span_the_recogniser_already_put_on_the_opening_words_is_kept()
    {
        var d = Run("BRIGHTWATER, May 3. The port reopened.", doc =>
            doc.EntitySpans.Add(new EntitySpan(0, 11, 0, 1, EntityLabels.Organization, "ner")));
        Assert.Equal([("BRIGHTWATER", EntityLabels.Organization)], Spans(d));
    }

    [Fact]
    public void A_span_over_a_piece_of_a_longer_dateline_place_gives_way_to_the_place()
    {
        var d = Run("PORT ALDER, May 3 (NovaPress) -- Exports grew.", doc =>
            doc.EntitySpans.Add(new EntitySpan(0, 4, 0, 1, EntityLabels.Organization, "ner")));
        Assert.Equal([("PORT ALDER", EntityLabels.Location)], Spans(d));
    }

    [Fact]
    public void A_person_span_over_the_whole_dateline_place_gives_way_to_the_place()
    {
        var d = Run("Port Alder, May 3 (NovaPress) -- Exports grew.", doc =>
            doc.EntitySpans.Add(new EntitySpan(0, 10, 0, 2, EntityLabels.Person, "ner")));
        Assert.Equal([("Port Alder", EntityLabels.Location)], Spans(d));
    }

    [Fact]
    public void A_news_agency_credit_opening_the_copy_is_not_a_town_of_the_same_name()
    {
        // the shipped gazetteer knows a town spelt like the Iraqi agency's credit
        var world = NewsExtract.Extraction.Gazetteers.WorldGazetteer.LoadDefault();
        Assert.True(world.IsCountryOrUnambiguousCity("Ina"));
        var document = new Document(new Article { Key = "t", Text = "INA- Sources said the cabinet met on Monday.", Source = new ArticleSource("test", null, null) });
        new Tokenizer().Process(document);
        new SentenceSplitter().Process(document);
        new DatelinePlaceRecognizer(world).Process(document);
        Assert.Empty(Spans(document));
    }
}
