using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Entities;
using NewsExtract.Extraction.Officials;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Officials;

public sealed class SurnameMentionsTests
{
    private static Document Merged(HandLayeredDocument hand)
    {
        var document = hand.Build();
        new EntityMerger().Process(document);
        return document;
    }

    private static List<int> Starts(Document document, string name) =>
        [.. document.Entities.Single(e => e.Name == name).Mentions.Select(m => m.Start)];

    [Fact]
    public void A_surname_alone_becomes_a_mention_where_no_letter_or_hyphen_touches_it()
    {
        const string text = "Hossein Amir-Abdollahian arrived. Amir-Abdollahian said the pro-Amir-Abdollahian camp and the Amir-Abdollahians agreed. Dara O'Brien met him; O'Brien and Amir-Abdollahian left.";
        var document = Merged(HandLayeredDocument.Of(text).Person("Hossein Amir-Abdollahian", "Dara O'Brien"));

        int added = SurnameMentions.Add(document);

        int first = text.IndexOf("Amir-Abdollahian said", StringComparison.Ordinal), last = text.LastIndexOf("Amir-Abdollahian", StringComparison.Ordinal);
        Assert.Equal([0, first, last], Starts(document, "Hossein Amir-Abdollahian"));
        Assert.Equal([text.IndexOf("Dara", StringComparison.Ordinal), text.IndexOf("O'Brien and", StringComparison.Ordinal)], Starts(document, "Dara O'Brien"));
        Assert.Equal(3, added);
    }

    [Fact]
    public void A_surname_two_people_share_is_left_alone()
    {
        const string text = "Ilham Aliyev received Heydar Aliyev's delegation. Aliyev spoke first.";
        var document = Merged(HandLayeredDocument.Of(text).Person("Ilham Aliyev", "Heydar Aliyev"));

        Assert.Equal(0, SurnameMentions.Add(document));
        Assert.DoesNotContain(document.Entities, e => e.Mentions.Any(m => m.Start == text.IndexOf("Aliyev spoke", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_surname_inside_an_entity_is_not_taken_again()
    {
        const string text = "Minister Farid Karimov visited the Karimov Foundation. Karimov thanked the staff.";
        var document = Merged(HandLayeredDocument.Of(text).Person("Farid Karimov").Org("Karimov Foundation"));

        Assert.Equal(1, SurnameMentions.Add(document));
        Assert.Equal([text.IndexOf("Farid", StringComparison.Ordinal), text.IndexOf("Karimov thanked", StringComparison.Ordinal)], Starts(document, "Farid Karimov"));
    }
}
