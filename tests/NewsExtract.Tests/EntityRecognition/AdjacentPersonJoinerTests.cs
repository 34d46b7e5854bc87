using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Tests.EntityRecognition;

/// <summary>A name the tagger cut into adjacent pieces is one name; names apart are not. All sentences invented.</summary>
public sealed class AdjacentPersonJoinerTests
{
    private static List<string> Joined(string text, params (string Surface, string Label)[] spans)
    {
        var doc = new Document(new Article { Key = "t", Text = text, Source = new ArticleSource("t", null, null) });
        Tokenizer.Tokenize(doc.Text, doc.Tokens);
        var list = new List<EntitySpan>();
        foreach (var (surface, label) in spans)
        {
            int start = text.IndexOf(surface, StringComparison.Ordinal), end = start + surface.Length;
            int first = doc.Tokens.FindIndex(t => t.Start == start), last = doc.Tokens.FindIndex(t => t.End == end);
            list.Add(new EntitySpan(start, end, first, last - first + 1, label, "test"));
        }
        list.Sort((a, b) => a.Start.CompareTo(b.Start));
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
