using System.Text;
using NewsExtract.Training.Corpora;

namespace NewsExtract.Tests.EntityRecognition;

public sealed class CorpusReaderTests
{
    private static string? Identity(string type) => type;

    [Fact]
    public void Conll_reader_splits_documents_and_sentences_and_repairs_iob1()
    {
        const string text = "-DOCSTART- -X- -X- O\n\nAcme NNP B-NP I-ORG\nhired VBD B-VP O\nJane NNP B-NP I-PER\nDoe NNP I-NP I-PER\n\n"
            + "Paris NNP B-NP B-LOC\n\n-DOCSTART- -X- -X- O\n\nBob NNP B-NP B-PER\n";
        var docs = ConllReader.Read(new StringReader(text), Identity);
        Assert.Equal(2, docs.Count);
        Assert.Equal(2, docs[0].Sentences.Count);
        Assert.Equal(["B-ORG", "O", "B-PER", "I-PER"], docs[0].Sentences[0].Tags);
        Assert.Equal(["Bob"], docs[1].Sentences[0].Words);
    }

    [Fact]
    public void Conll_reader_maps_types_and_rejects_bad_tags()
    {
        var docs = ConllReader.Read(new StringReader("Bonn NNP B-NP B-LOC\nx NN B-NP B-MISC\n"), t => t == "LOC" ? "LOCATION" : null);
        Assert.Equal(["B-LOCATION", "O"], docs[0].Sentences[0].Tags);
        Assert.Throws<FormatException>(() => ConllReader.Read(new StringReader("Bonn NNP B-NP LOC\n"), Identity));
    }

    [Fact]
    public void Gmb_reader_handles_quotes_commas_windows_1252_and_sentence_labels()
    {
        string csv = "Sentence #,Word,POS,Tag\r\nSentence: 1,Caf\u00e9,NNP,B-geo\r\n,\"10,000\",CD,O\r\n,\"\"\"\",``,O\r\n,Monday,NNP,B-tim\r\n"
            + "Sentence: 2,John,NNP,B-per\r\n,Smith,NNP,I-per\r\n";
        var bytes = GmbCsvReader.FileEncoding.GetBytes(csv);
        Assert.Equal(0xE9, bytes[Array.IndexOf(bytes, (byte)'C') + 3]);
        using var reader = new StreamReader(new MemoryStream(bytes), GmbCsvReader.FileEncoding);
        var docs = GmbCsvReader.Read(reader, t => t == "tim" ? null : t.ToUpperInvariant());
        var sentences = docs.SelectMany(d => d.Sentences).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Caf\u00e9", "10,000", "\"", "Monday"], sentences[0].Words);
        Assert.Equal(["B-GEO", "O", "O", "O"], sentences[0].Tags);
        Assert.Equal(["B-PER", "I-PER"], sentences[1].Tags);
    }

    [Fact]
    public void Gmb_reader_groups_consecutive_sentences_into_documents_in_order()
    {
        var csv = new StringBuilder("Sentence #,Word,POS,Tag\r\n");
        for (int s = 1; s <= 25; s++) csv.Append($"Sentence: {s},w{s},NN,O\r\n");
        var docs = GmbCsvReader.Read(new StringReader(csv.ToString()), Identity);
        Assert.Equal(3, docs.Count);
        Assert.Equal("w11", docs[1].Sentences[0].Words[0]);
        Assert.Equal(5, docs[2].Sentences.Count);
    }

    [Fact]
    public void Meantime_reader_takes_named_mentions_through_refers_to_and_timex()
    {
        const string xml = """
            <?xml version="1.0" ?><Document doc_id="1" doc_name="t" url="http://example.org/t">
            <token number="0" sentence="0" t_id="1">Acme</token>
            <token number="1" sentence="0" t_id="2">Corp</token>
            <token number="2" sentence="0" t_id="3">met</token>
            <token number="3" sentence="0" t_id="4">the</token>
            <token number="4" sentence="0" t_id="5">company</token>
            <token number="5" sentence="1" t_id="6">on</token>
            <token number="6" sentence="1" t_id="7">Monday</token>
            <token number="7" sentence="1" t_id="8">in</token>
            <token number="8" sentence="1" t_id="9">Oslo</token>
            <Markables>
            <ENTITY_MENTION m_id="10" syntactic_type="NAM"><token_anchor t_id="1"/><token_anchor t_id="2"/></ENTITY_MENTION>
            <ENTITY_MENTION m_id="11" syntactic_type="NOM"><token_anchor t_id="4"/><token_anchor t_id="5"/></ENTITY_MENTION>
            <ENTITY_MENTION m_id="12" syntactic_type="NAM"><token_anchor t_id="9"/></ENTITY_MENTION>
            <TIMEX3 m_id="13" type="DATE" value="2008"><token_anchor t_id="7"/></TIMEX3>
            <ENTITY m_id="20" ent_type="ORG" TAG_DESCRIPTOR="Acme"/>
            <ENTITY m_id="21" ent_type="LOC" TAG_DESCRIPTOR="Oslo"/>
            </Markables>
            <Relations>
            <REFERS_TO r_id="1"><source m_id="10"/><source m_id="11"/><target m_id="20"/></REFERS_TO>
            <REFERS_TO r_id="2"><source m_id="12"/><target m_id="21"/></REFERS_TO>
            </Relations></Document>
            """;
        var doc = MeantimeReader.Read(new StringReader(xml), t => t switch { "ORG" => "ORG", "LOC" => "LOC", "TIMEX3" => "DATE", _ => null }, "t");
        Assert.Equal(2, doc.Sentences.Count);
        Assert.Equal(["B-ORG", "I-ORG", "O", "O", "O"], doc.Sentences[0].Tags);
        Assert.Equal(["O", "B-DATE", "O", "B-LOC"], doc.Sentences[1].Tags);
    }

    [Fact]
    public void Re3d_reader_maps_offsets_to_tokens_skips_low_confidence_and_reads_bom_lines()
    {
        const string documents = "\uFEFF{ \"_id\" : \"D1\", \"text\" : \"Gen. John Smith visited Baghdad. The U.S. Army agreed.\" }\n";
        const string entities = "\uFEFF{ \"begin\" : 5, \"end\" : 15, \"type\" : \"Person\", \"documentId\" : \"D1\", \"confidence\" : 1 }\n"
            + "{ \"begin\" : 0, \"end\" : 15, \"type\" : \"Person\", \"documentId\" : \"D1\", \"confidence\" : 0.2 }\n"
            + "{ \"begin\" : 24, \"end\" : 31, \"type\" : \"Location\", \"documentId\" : \"D1\", \"confidence\" : 0.5 }\n"
            + "{ \"begin\" : 37, \"end\" : 46, \"type\" : \"Organisation\", \"documentId\" : \"D1\", \"confidence\" : 0.9 }\n"
            + "{ \"begin\" : 37, \"end\" : 41, \"type\" : \"Location\", \"documentId\" : \"D1\", \"confidence\" : 0.9 }\n"
            + "{ \"begin\" : 42, \"end\" : 46, \"type\" : \"Weapon\", \"documentId\" : \"D1\", \"confidence\" : 1 }\n";
        var docs = Re3dReader.Read(new StringReader(documents), new StringReader(entities),
            t => t switch { "Person" => "PER", "Location" => "LOC", "Organisation" => "ORG", _ => null });
        var sentences = docs.Single().Sentences;
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Gen.", "John", "Smith", "visited", "Baghdad", "."], sentences[0].Words);
        Assert.Equal(["O", "B-PER", "I-PER", "O", "B-LOC", "O"], sentences[0].Tags);
        Assert.Equal(["The", "U.S.", "Army", "agreed", "."], sentences[1].Words);
        Assert.Equal(["O", "B-ORG", "I-ORG", "O", "O"], sentences[1].Tags);
    }

    [Fact]
    public void Corpus_spec_parses_format_path_and_range()
    {
        var spec = CorpusSpec.Parse("gmb:data/x.csv@0.9-1");
        Assert.Equal(CorpusFormat.Gmb, spec.Format);
        Assert.Equal("data/x.csv", spec.Path);
        Assert.Equal(0.9, spec.From);
        Assert.Throws<FormatException>(() => CorpusSpec.Parse("xml:foo"));
        Assert.Throws<FormatException>(() => CorpusSpec.Parse("conll:foo@0.5-0.2"));
    }
}
