using NewsExtract.Ingestion.Html.Benchmark;

namespace NewsExtract.Tests.Html;

public sealed class MetadataMatchingTests
{
    [Fact]
    public void Titles_match_after_whitespace_and_case_only()
    {
        Assert.True(MetadataMatching.TitleMatches("Port  Opens\nNew Terminal", "port opens new terminal"));
        Assert.False(MetadataMatching.TitleMatches("Port opens new terminal", "Port opens new terminal | Harbour News"));
        Assert.False(MetadataMatching.TitleMatches("Port opens new terminal", null));
    }

    [Fact]
    public void Dates_match_on_the_day_the_page_wrote()
    {
        var lateEvening = new DateTimeOffset(2024, 3, 9, 23, 30, 0, TimeSpan.FromHours(-5));
        Assert.True(MetadataMatching.DateMatches("2024-03-09", lateEvening)); // not the UTC day (the 10th)
        Assert.False(MetadataMatching.DateMatches("2024-03-10", lateEvening));
        Assert.True(MetadataMatching.DateMatches("2024-03", lateEvening));
        Assert.False(MetadataMatching.DateMatches("2024-03-09", null));
    }

    [Fact]
    public void Authors_match_by_words_or_by_the_first_person_named()
    {
        Assert.True(MetadataMatching.AuthorMatches("Ann Lee", "By ANN LEE"));
        Assert.True(MetadataMatching.AuthorMatches("Ann Lee, MD, PhD", "Ann Lee"));
        Assert.True(MetadataMatching.AuthorMatches("Ann Lee and Bo Chan", "Ann Lee, Bo Chan"));
        Assert.False(MetadataMatching.AuthorMatches("Ann Lee", "Bo Chan"));
        Assert.False(MetadataMatching.AuthorMatches("Ann Lee", "Staff"));
        Assert.False(MetadataMatching.AuthorMatches("Ann Lee", null));
    }
}
