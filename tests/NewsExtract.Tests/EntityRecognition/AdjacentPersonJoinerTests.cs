using NewsExtract.Core.Documents;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.EntityRecognition;

/// <summary>A name the tagger cut into adjacent pieces is one name; names apart are not. All sentences invented.</summary>
public sealed class AdjacentPersonJoinerTests
{
    private static List<string> Joined(string text, params (string Surface, string Label)[] spans)
    {
        var (doc, list) = TokenSpans.Tagged(text, spans);
        AdjacentPersonJoiner.Join(doc, list);
        return [.. list.Select(s => $"{s.Label}:{text[s.Start..s.End]}")];
    }

    [Fact]
    public void Person_pieces_with_a_single_space_between_them_are_one_name()
    {
        var spans = Joined("He answered Datuk Amir Nazri Hassan on Monday.", ("Amir", EntityLabels.Person), ("Nazri", EntityLabels.Person), ("Hassan", EntityLabels.Person));
        Assert.Equal(["PERSON:Amir Nazri Hassan"], spans);
    }

    [Fact]
    public void People_named_apart_or_next_to_a_body_stay_apart()
    {
        var spans = Joined("Amir Nazri, Lena Holm and Otto Berg Holdings met.",
            ("Amir Nazri", EntityLabels.Person), ("Lena Holm", EntityLabels.Person), ("Otto", EntityLabels.Person), ("Berg Holdings", EntityLabels.Organization));
        Assert.Equal(["PERSON:Amir Nazri", "PERSON:Lena Holm", "PERSON:Otto", "ORGANIZATION:Berg Holdings"], spans);
    }
}
