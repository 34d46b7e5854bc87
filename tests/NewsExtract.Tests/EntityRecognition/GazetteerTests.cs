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
}
