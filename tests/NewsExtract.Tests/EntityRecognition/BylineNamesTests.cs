using NewsExtract.Core.Documents;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.EntityRecognition;

/// <summary>The writer on a byline line of their own is a person, however cased. All texts invented.</summary>
public sealed class BylineNamesTests
{
    private static List<string> Joined(string text, params (string Surface, string Label)[] spans)
    {
        var (doc, list) = TokenSpans.Tagged(text, spans);
        BylineNames.Join(doc, list);
        return [.. list.Select(s => $"{s.Label}:{text[s.Start..s.End]}")];
    }

    [Fact]
    public void A_byline_in_capitals_on_its_own_line_is_a_person()
    {
        Assert.Equal(["PERSON:MARIE-CLAIRE NDONGO", "ORGANIZATION:Associated Press"],
            Joined("The court ruled on Monday.\n\nBy MARIE-CLAIRE NDONGO\n\nAssociated Press", ("Associated Press", EntityLabels.Organization)));
    }

    [Fact]
    public void A_byline_replaces_the_pieces_the_recogniser_tagged_and_keeps_a_credit_out()
    {
        Assert.Equal(["PERSON:Anna Berg", "ORGANIZATION:Trend"],
            Joined("By Anna Berg, Trend\nThe talks ended.", ("Anna", EntityLabels.Location), ("Trend", EntityLabels.Organization)));
    }

    [Theory]
    [InlineData("Exports grew. By January the plant was ready.")]
    [InlineData("The law was passed by Parliament on Monday.\nBy Law Seven the council rules.")]
    [InlineData("By NATO\nThe talks ended.")]
    public void A_by_inside_running_text_or_a_one_word_name_is_no_byline(string text)
    {
        Assert.Empty(Joined(text));
    }
}
