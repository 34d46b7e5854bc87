using NewsExtract.Ingestion.Http;

namespace NewsExtract.Tests.Fetching;

public sealed class RobotsTxtTests
{
    private const string Robots = """
        # agency robots
        User-agent: *
        Disallow: /search
        Disallow: /*.pdf$
        Allow: /search/help

        User-agent: NewsExtract
        User-agent: OtherBot
        Disallow: /private/
        Allow: /private/press-releases
        """;

    private static bool Allowed(string userAgent, string path) =>
        RobotsTxt.Parse(Robots, userAgent).IsAllowed(new Uri("https://agency.example" + path));

    [Theory]
    [InlineData("/news/1", true)]
    [InlineData("/private/x", false)]
    [InlineData("/private/press-releases/2026", true)]
    [InlineData("/search?q=1", true)]  // our own group replaces the * group
    public void The_most_specific_group_applies_with_the_longest_rule_winning(string path, bool allowed) =>
        Assert.Equal(allowed, Allowed("NewsExtract/1.0 (+https://example.org)", path));

    [Theory]
    [InlineData("/search?q=1", false)]
    [InlineData("/search/help", true)]
    [InlineData("/files/report.pdf", false)]
    [InlineData("/files/report.pdf?x=1", true)]
    [InlineData("/private/x", true)]
    public void Other_robots_get_the_star_group_with_wildcards_and_anchors(string path, bool allowed) =>
        Assert.Equal(allowed, Allowed("SomeCrawler/2.0", path));

    [Fact]
    public void An_empty_file_allows_everything_and_disallow_all_blocks_all_but_robots_txt()
    {
        Assert.True(RobotsTxt.Parse("", "NewsExtract").IsAllowed(new Uri("https://a.example/x")));
        Assert.False(RobotsTxt.DisallowAll.IsAllowed(new Uri("https://a.example/x")));
        Assert.True(RobotsTxt.DisallowAll.IsAllowed(new Uri("https://a.example/robots.txt")));
    }
}
