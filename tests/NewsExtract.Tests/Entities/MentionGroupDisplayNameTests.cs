using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Entities;

namespace NewsExtract.Tests.Entities;

/// <summary>A name seen only in capitals (a dateline, a byline) is shown in its usual case, without breaking abbreviations or double names.</summary>
public sealed class MentionGroupDisplayNameTests
{
    private static string DisplayName(string label, string surface) =>
        new MentionGroup(label, surface, new CleanMention(0, surface.Length, label, surface, null)).DisplayName();

    [Theory]
    [InlineData(EntityLabels.Location, "KINSHASA", "Kinshasa")]
    [InlineData(EntityLabels.Location, "NEW YORK", "New York")]
    [InlineData(EntityLabels.Person, "JEAN-YVES KAMALE", "Jean-Yves Kamale")]
    [InlineData(EntityLabels.Location, "U.N.", "U.N.")]
    [InlineData(EntityLabels.Location, "ST. LOUIS", "St. Louis")]
    [InlineData(EntityLabels.Organization, "NATO", "NATO")]
    public void A_name_in_capitals_is_shown_in_its_usual_case(string label, string surface, string expected) =>
        Assert.Equal(expected, DisplayName(label, surface));
}
