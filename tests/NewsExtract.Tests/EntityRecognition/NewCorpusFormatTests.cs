using NewsExtract.Tests.Support;
using NewsExtract.Training.Corpora;
using NewsExtract.Training.Evaluation;

namespace NewsExtract.Tests.EntityRecognition;

/// <summary>The gold-article and Universal NER corpus formats, corpus weights and type-restricted scoring.</summary>
public sealed class NewCorpusFormatTests
{
    [Fact]
    public void Gold_articles_in_the_agency_dev_shape_tag_located_names_and_later_surnames()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("101-a.json"), """
            {"text":"Minister Ilya Dorn visited Varna Port Authority in Varna. Dorn said the Authority grew.",
             "persons":["Ilya Dorn"],"officials":[{"name":"Ilya Dorn","title":"Minister"}],
             "organizations":["Varna Port Authority"],"locations":["Varna"]}
            """);
        var doc = GoldRecordsReader.ReadPath(dir.Path, raw => TypeScheme.Conll.Map(CorpusFormat.Gold, raw)).Single();
        var words = doc.Sentences.SelectMany(s => s.Words).ToList();
        var tags = doc.Sentences.SelectMany(s => s.Tags).ToList();
        string TagOf(string word, int nth = 0) => tags[words.Select((w, i) => (w, i)).Where(p => p.w == word).ElementAt(nth).i];
        Assert.Equal("B-PER", TagOf("Ilya"));
        Assert.Equal("I-PER", TagOf("Dorn"));
        Assert.Equal("B-PER", TagOf("Dorn", 1));                  // the surname alone, later
        Assert.Equal("B-ORG", TagOf("Varna"));                    // the longer span wins over the nested place
        Assert.Equal("B-LOC", TagOf("Varna", 1));
        Assert.Equal("O", TagOf("Authority", 1));                 // "the Authority" is not the name
    }

    [Fact]
    public void An_abbreviation_a_gold_name_introduces_in_brackets_is_tagged_wherever_the_copy_uses_it()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("102-b.json"), """
            {"text":"The Ostrand Harbour Fund (OHF) lent money. OHF said more would come (Monday). Ilya Dorn (OHF) agreed.",
             "persons":["Ilya Dorn"],"organizations":["Ostrand Harbour Fund"],"locations":[]}
            """);
        var doc = GoldRecordsReader.ReadPath(dir.Path, raw => TypeScheme.Conll.Map(CorpusFormat.Gold, raw)).Single();
        var words = doc.Sentences.SelectMany(s => s.Words).ToList();
        var tags = doc.Sentences.SelectMany(s => s.Tags).ToList();
        var ohf = words.Select((w, i) => (w, i)).Where(p => p.w == "OHF").Select(p => tags[p.i]).ToList();
        Assert.Equal(["B-ORG", "B-ORG", "B-ORG"], ohf);
        Assert.Equal("O", tags[words.IndexOf("Monday")]);        // brackets after a non-name are not an abbreviation
        Assert.Equal(["OHF"], GoldRecordsReader.AbbreviationsIntroduced("Ostrand Harbour Fund", "The Ostrand Harbour Fund (OHF) lent money; Ostrand Harbour Fund (OHF)."));
        Assert.Empty(GoldRecordsReader.AbbreviationsIntroduced("Ostrand Harbour Fund", "The Ostrand Harbour Fund (in 2019) lent money."));
    }

    [Fact]
    public void Gold_articles_with_offsets_keep_name_mentions_and_drop_nominal_ones()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("1.json"), """
            {"text":"Ilya Dorn spoke. The minister left.","gold":{"officials":[{"name":"Ilya Dorn","mentions":[
              {"text":"Ilya Dorn","start":0,"end":9},{"text":"The minister","start":17,"end":29}]}]}}
            """);
        var doc = GoldRecordsReader.ReadPath(dir.Path, raw => TypeScheme.Conll.Map(CorpusFormat.Gold, raw)).Single();
        Assert.Equal(["B-PER", "I-PER", "O", "O"], doc.Sentences[0].Tags);
        Assert.All(doc.Sentences[1].Tags, t => Assert.Equal("O", t));
    }

    [Fact]
    public void Universal_ner_reads_documents_sentences_and_tags()
    {
        var docs = UnerReader.Read(new StringReader("""
            # newdoc id = d1
            # sent_id = 1
            1	visit	O	-	-
            2	tampa	B-LOC	-	-
            3	bay	I-LOC	-	-

            # newdoc id = d2
            1	Ana	B-PER	-	-

            """), raw => raw);
        Assert.Equal(["d1", "d2"], docs.Select(d => d.Id));
        Assert.Equal(["O", "B-LOC", "I-LOC"], docs[0].Sentences[0].Tags);
        Assert.Throws<FormatException>(() => UnerReader.Read(new StringReader("1\tx\tX-BAD\n"), raw => raw));
    }

    [Fact]
    public void Uner_hyphenated_words_written_whole_in_the_text_are_joined_as_the_product_tokenises_them()
    {
        var docs = UnerReader.Read(new StringReader("""
            # newdoc id = d1
            # text = Cleric Ash-Sharq al-Sadr spoke on 12-14 May in a pro - war mood-ish .
            1	Cleric	O	-	-
            2	Ash	B-PER	-	-
            3	-	I-PER	-	-
            4	Sharq	I-PER	-	-
            5	al	I-PER	-	-
            6	-	I-PER	-	-
            7	Sadr	I-PER	-	-
            8	spoke	O	-	-
            9	on	O	-	-
            10	12	O	-	-
            11	-	O	-	-
            12	14	O	-	-
            13	May	O	-	-
            14	in	O	-	-
            15	a	O	-	-
            16	pro	O	-	-
            17	-	O	-	-
            18	war	O	-	-
            19	mood	B-LOC	-	-
            20	-	O	-	-
            21	ish	O	-	-
            22	.	O	-	-

            """), raw => raw);
        var sentence = docs[0].Sentences[0];
        Assert.Equal(["Cleric", "Ash-Sharq", "al-Sadr", "spoke", "on", "12", "-", "14", "May", "in", "a", "pro", "-", "war", "mood", "-", "ish", "."], sentence.Words);
        Assert.Equal(["O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "B-LOC", "O", "O", "O"], sentence.Tags);
    }

    [Fact]
    public void A_corpus_weight_repeats_documents_and_round_trips()
    {
        var spec = CorpusSpec.Parse("gold:some/dir@0-0.75*3");
        Assert.Equal((CorpusFormat.Gold, "some/dir", 0.0, 0.75, 3), (spec.Format, spec.Path, spec.From, spec.To, spec.Weight));
        Assert.Equal("gold:some/dir@0-0.75*3", spec.ToString());
        Assert.Throws<FormatException>(() => CorpusSpec.Parse("gold:x*0"));
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("1.json"), """{"text":"Ana left.","persons":["Ana"]}""");
        Assert.Equal(2, CorpusSpec.Parse($"gold:{dir.Path}*2").Load(TypeScheme.Conll).Count);
    }

    [Fact]
    public void Scoring_only_some_types_ignores_the_others_on_both_sides()
    {
        var all = new EntityEvaluator();
        var some = new EntityEvaluator(new HashSet<string> { "PER" });
        string[] gold = ["B-PER", "O", "B-MISC"], predicted = ["B-PER", "B-DATE", "O"];
        all.Add(gold, predicted);
        some.Add(gold, predicted);
        Assert.Equal((2, 2, 1), (all.Micro.Gold, all.Micro.Predicted, all.Micro.Correct));
        Assert.Equal((1, 1, 1), (some.Micro.Gold, some.Micro.Predicted, some.Micro.Correct));
    }
}
