using NewsExtract.Extraction.EntityRecognition;

namespace NewsExtract.Tests.EntityRecognition;

public sealed class GazetteerTests
{
    private static ulong[] Hashes(params string[] words) => [.. words.Select(w => FeatureHashing.HashLower(w))];

    [Fact]
    public void Matches_multi_token_phrases_case_insensitively_and_marks_begin_and_inside()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add("org", "State Customs Committee");
        gazetteer.Add("place", "Baku");
        var words = Hashes("the", "state", "CUSTOMS", "Committee", "in", "Baku");
        var begins = new uint[6];
        var insides = new uint[6];
        gazetteer.Match(words, [true, true, true, true, true, true], begins, insides);
        uint org = 1u << gazetteer.CategoryIndex("org"), place = 1u << gazetteer.CategoryIndex("place");
        Assert.Equal([0u, org, 0u, 0u, 0u, place], begins);
        Assert.Equal([0u, 0u, org, org, 0u, 0u], insides);
    }

    [Fact]
    public void Written_and_read_back_it_keeps_category_bits()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add("zeta", "Alpha");
        gazetteer.Add("beta", "Zulu");
        var writer = new StringWriter();
        gazetteer.Write(writer);
        var read = Gazetteer.Read(new StringReader(writer.ToString()));
        Assert.Equal(gazetteer.Categories, read.Categories);
        var begins = new uint[1];
        read.Match(Hashes("zulu"), [true], begins, new uint[1]);
        Assert.Equal(1u << gazetteer.CategoryIndex("beta"), begins[0]);
    }

    [Fact]
    public void Lines_read_hold_the_same_phrases_as_adding_each_line_and_write_back_the_same_text()
    {
        string[] lines =
        [
            "#categories\tdata:PERSON\tfact:country\tunused",
            "fact:country\tAzerbaijan",
            "data:PERSON\t  Ilham \t Aliyev ",
            "data:ORGANIZATION\tState Customs Committee",
            "data:PERSON\tone two three four five six seven",
            "# a comment",
            "",
            "fact:country\tAZERBAIJAN",
            "data:ORGANIZATION\tÖzbekiston Respublikasi",
        ];
        var read = Gazetteer.Read(new StringReader(string.Join('\n', lines)));
        var added = new Gazetteer();
        foreach (var category in new[] { "data:PERSON", "fact:country", "unused" }) added.CategoryIndex(category);
        foreach (var line in lines.Where(l => l.Length > 0 && l[0] != '#'))
            added.Add(line[..line.IndexOf('\t')], line[(line.IndexOf('\t') + 1)..]);

        Assert.Equal(added.Categories, read.Categories);
        Assert.Equal(added.Count, read.Count);
        Assert.Equal(added.MaxPhraseTokens, read.MaxPhraseTokens);
        var words = Hashes("ilham", "ALIYEV", "azerbaijan", "state", "customs", "committee", "özbekiston", "respublikasi", "seven");
        bool[] canStart = [.. words.Select(_ => true)];
        uint[] readBegins = new uint[words.Length], readInsides = new uint[words.Length], addedBegins = new uint[words.Length], addedInsides = new uint[words.Length];
        read.Match(words, canStart, readBegins, readInsides);
        added.Match(words, canStart, addedBegins, addedInsides);
        Assert.Equal(addedBegins, readBegins);
        Assert.Equal(addedInsides, readInsides);
        Assert.NotEqual(0u, readBegins[0]);

        string Written(Gazetteer g) { var w = new StringWriter(); g.Write(w); return w.ToString(); }
        Assert.Equal(Written(added), Written(read));
        var mergedRead = new Gazetteer();
        mergedRead.AddAll(read);
        var mergedAdded = new Gazetteer();
        mergedAdded.AddAll(added);
        Assert.Equal(Written(mergedAdded), Written(mergedRead));
    }
}
