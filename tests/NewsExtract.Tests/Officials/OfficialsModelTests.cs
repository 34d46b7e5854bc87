using NewsExtract.Core.Articles;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Entities;
using NewsExtract.Extraction.Lexicons;
using NewsExtract.Extraction.Officials;
using NewsExtract.Extraction.Records;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Officials;

/// <summary>The shipped officials model (models/officials) and the state-served decisions; all sentences invented.</summary>
public sealed class OfficialsModelTests
{
    private static readonly Lazy<OfficialsModel> Shipped = new(OfficialsModel.LoadDefault);

    [Fact]
    public void Shipped_model_loads_from_the_repository_with_its_generated_tables()
    {
        var model = Shipped.Value;
        Assert.StartsWith("officials-", model.Config.Version, StringComparison.Ordinal);
        Assert.True(model.Lexicon.TitleWordCount > 100);
        Assert.True(model.Lexicon.IsTitleWord("minister"));
        Assert.True(model.Lexicon.IsPortfolioWord("culture"));
        Assert.False(model.Lexicon.IsTitleWord("Azerbaijan"));
    }

    [Theory]
    [InlineData("Russia", "RU")]
    [InlineData("Turkey", "TR")]
    [InlineData("South Korea", "KR")]
    [InlineData("United States", "US")]
    [InlineData("Czech Republic", "CZ")]
    [InlineData("Atlantis", null)]
    [InlineData(null, null)]
    public void Country_codes_come_from_the_generated_table(string? country, string? code) =>
        Assert.Equal(code, Shipped.Value.Lexicon.CodeOf(country));

    [Fact]
    public void Gazetteer_adjectives_beyond_the_project_lexicon_name_states()
    {
        Assert.Equal("Mauritania", Shipped.Value.Lexicon.CountryOf("Mauritanian"));
        Assert.Equal("Georgia", Shipped.Value.Lexicon.CountryOf("Georgian"));
        Assert.Null(Shipped.Value.Lexicon.CountryOf("minister"));
    }

    [Fact]
    public void Full_pipeline_gives_foreign_officials_their_own_state_and_its_code()
    {
        var text = "BAKU, March 3 (Trend) - South Korea's Minister of Oceans Kim Doyun met Minister of Agriculture Rauf Samedli in Baku on Tuesday. "
            + "The two ministers discussed fishing quotas.";
        var article = new Article { Key = "t.txt", Text = text, Source = new ArticleSource("test", null, "t.txt") };
        var record = new RecordBuilder(TimeProvider.System).Build(DefaultPipeline.Create(new NewsExtract.Extraction.Events.TriggerEventClassifier()).Run(article));
        var kim = Assert.Single(record.Officials, o => o.Name == "Kim Doyun");
        Assert.Equal("Minister of Oceans", kim.Title);
        Assert.Equal("South Korea", kim.Country);
        Assert.Equal("KR", kim.CountryCode);
        var host = Assert.Single(record.Officials, o => o.Name == "Rauf Samedli");
        Assert.Equal("Azerbaijan", host.Country);
        Assert.Equal("AZ", host.CountryCode);
        RecordSchema.AssertValid(NewsExtract.Core.Records.RecordSerializer.ToJsonLine(record));
    }

    [Fact]
    public void A_company_officer_serves_no_state_the_text_does_not_give_the_company()
    {
        var doc = HandLayeredDocument.Of("RIGA, May 2 (LETA) - Aida Karsone has been appointed CEO of Northwind Telecom LLC, the company said. "
            + "Minister of Economy Juris Ozols welcomed the choice.").Person("Aida Karsone", "Juris Ozols").Org("Northwind Telecom LLC").Place("RIGA").Build();
        new EntityMerger().Process(doc);
        new OfficialRecognizer().Process(doc);
        var officer = Assert.Single(doc.Officials, o => o.Name == "Aida Karsone");
        Assert.Equal("Northwind Telecom LLC", officer.Organization);
        Assert.Null(officer.Country);
        Assert.Equal("Latvia", Assert.Single(doc.Officials, o => o.Name == "Juris Ozols").Country);
    }

    [Fact]
    public void A_spokesman_quoted_by_title_is_the_person_who_opens_the_next_sentence()
    {
        var doc = HandLayeredDocument.Of("RIGA, May 2 (LETA) - Exports rose 4 percent in April, the spokesman of the Latvian Customs Service said. "
            + "Andris Vilks added that imports fell. Egils Ozols, a farmer, welcomed the news.").Person("Andris Vilks", "Egils Ozols").Place("RIGA").Build();
        new EntityMerger().Process(doc);
        new OfficialRecognizer().Process(doc);
        var spokesman = Assert.Single(doc.Officials);
        Assert.Equal("Andris Vilks", spokesman.Name);
        Assert.StartsWith("Spokesman of the Latvian Customs Service", spokesman.Title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_title_in_the_sentence_before_is_not_taken_when_that_sentence_names_someone()
    {
        var doc = HandLayeredDocument.Of("Ilze Berzina met the press, the spokesman of the Latvian Customs Service said. "
            + "Andris Vilks added that imports fell.").Person("Ilze Berzina", "Andris Vilks").Build();
        new EntityMerger().Process(doc);
        new OfficialRecognizer().Process(doc);
        Assert.DoesNotContain(doc.Officials, o => o.Name == "Andris Vilks");
    }

    [Fact]
    public void A_counterpart_adjective_gives_the_state_before_the_home_state()
    {
        var doc = HandLayeredDocument.Of("TASHKENT, May 2 (UzA) - Foreign Minister Timur Rashidov received his Georgian counterpart Levan Kobaidze. "
            + "Foreign Minister Levan Kobaidze thanked the hosts.").Person("Timur Rashidov", "Levan Kobaidze").Place("TASHKENT").Build();
        new EntityMerger().Process(doc);
        new OfficialRecognizer().Process(doc);
        Assert.Equal("Georgia", Assert.Single(doc.Officials, o => o.Name == "Levan Kobaidze").Country);
        Assert.Equal("Uzbekistan", Assert.Single(doc.Officials, o => o.Name == "Timur Rashidov").Country);
    }

    [Theory]
    [InlineData("US Ambassador Mark Doyle presented his credentials.", "Mark Doyle", "Ambassador", "United States")]
    [InlineData("South Korea’s Minister of Oceans Lee Junho signed the protocol.", "Lee Junho", "Minister of Oceans", "South Korea")]
    [InlineData("The talks were chaired by Chairman H E Saif Nasser yesterday.", "Saif Nasser", "Chairman", null)]
    [InlineData("The session was co-chaired by Minister of Trade Eng Omar Saleh yesterday.", "Omar Saleh", "Minister of Trade", null)]
    [InlineData("The prime minister later called U.S. President Ann Wilder.", "Ann Wilder", "President", "United States")]
    [InlineData("Latvia's Prosecutor General Ivars Kalnins opened the case.", "Ivars Kalnins", "Prosecutor General", "Latvia")]
    public void Country_names_and_honorifics_leave_the_title(string text, string name, string title, string? country)
    {
        var doc = HandLayeredDocument.Of(text).Person(name).Build();
        // one sentence, as the sentence splitter gives it (the hand-layered document has none: abbreviations would split it)
        doc.Sentences.Clear();
        doc.Sentences.Add(new NewsExtract.Core.Documents.Sentence(0, text.Length, 0, doc.Tokens.Count));
        new EntityMerger().Process(doc);
        new OfficialRecognizer().Process(doc);
        var o = Assert.Single(doc.Officials);
        Assert.Equal(title, o.Title);
        Assert.Equal(country, o.Country);
    }

    [Fact]
    public void An_honorific_leaves_the_name_and_its_mention()
    {
        var doc = HandLayeredDocument.Of("Prime Minister Dr Anwar Halim opened the bridge.").Person("Dr Anwar Halim").Build();
        new EntityMerger().Process(doc);
        new OfficialRecognizer().Process(doc);
        var o = Assert.Single(doc.Officials);
        Assert.Equal("Anwar Halim", o.Name);
        Assert.Equal("Anwar Halim", doc.Slice(o.Mentions[0].Start, o.Mentions[0].End));
        Assert.Contains(doc.Entities, e => e.Name == "Anwar Halim");
    }

    [Fact]
    public void Lower_case_portfolio_words_from_the_lexicon_join_the_title()
    {
        var lexicon = new OfficialLexicon(["culture", "land", "minister"], ["culture", "land"], []);
        var doc = HandLayeredDocument.Of("The president named Park Sunwoo as culture minister and Choi Minjae as land minister.")
            .Person("Park Sunwoo", "Choi Minjae").Build();
        new EntityMerger().Process(doc);
        var candidates = OfficialRecognizer.FindCandidates(doc, SentenceRanges.Of(doc), lexicon);
        Assert.Equal("Culture minister", Assert.Single(candidates, c => c.Person.Name == "Park Sunwoo").Title.Title);
        Assert.Equal("Land minister", Assert.Single(candidates, c => c.Person.Name == "Choi Minjae").Title.Title);
    }

    [Fact]
    public void Without_the_lexicon_a_lower_case_portfolio_in_an_apposition_is_not_read()
    {
        var doc = HandLayeredDocument.Of("The talks were led by Park Sunwoo, culture minister, on Friday.").Person("Park Sunwoo").Build();
        new EntityMerger().Process(doc);
        Assert.Empty(OfficialRecognizer.FindCandidates(doc, SentenceRanges.Of(doc), null));
    }

    [Fact]
    public void After_a_predicate_a_lower_case_field_word_before_a_strong_head_is_read_even_without_the_lexicon()
    {
        var doc = HandLayeredDocument.Of("The president named Park Sunwoo as unification minister on Friday.").Person("Park Sunwoo").Build();
        new EntityMerger().Process(doc);
        Assert.Equal("Unification minister", Assert.Single(OfficialRecognizer.FindCandidates(doc, SentenceRanges.Of(doc), null)).Title.Title);
    }

    [Fact]
    public void A_record_carries_the_country_code_only_when_known()
    {
        var document = new NewsExtract.Core.Documents.Document(new Article { Key = "a.txt", Text = "Envoy Ola Berg and Chair Ina Holm spoke.", Source = new ArticleSource("local", null, "a.txt") });
        document.Officials.Add(new NewsExtract.Core.Documents.Official("Ola Berg", "Envoy", "Norway", null, [new NewsExtract.Core.Documents.Mention(6, 14)], "NO"));
        document.Officials.Add(new NewsExtract.Core.Documents.Official("Ina Holm", "Chair", null, null, [new NewsExtract.Core.Documents.Mention(25, 33)]));
        var line = NewsExtract.Core.Records.RecordSerializer.ToJsonLine(new RecordBuilder(TimeProvider.System).Build(document));
        RecordSchema.AssertValid(line);
        Assert.Contains("\"countryCode\":\"NO\"", line, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(line, "countryCode"));
    }

    [Fact]
    public void An_organisation_before_an_apposed_title_is_not_the_title()
    {
        var doc = HandLayeredDocument.Of("\"Exports grew,\" Lin Hao, GAC spokesperson, said.").Person("Lin Hao").Org("GAC").Build();
        new EntityMerger().Process(doc);
        new OfficialRecognizer().Process(doc);
        Assert.Equal("Spokesperson", Assert.Single(doc.Officials).Title);
    }
}
