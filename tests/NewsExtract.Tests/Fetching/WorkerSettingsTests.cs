using NewsExtract.Worker.Hosting;

namespace NewsExtract.Tests.Fetching;

public sealed class WorkerSettingsTests
{
    [Fact]
    public void Every_problem_in_the_sources_is_named()
    {
        var options = new WorkerOptions
        {
            Sources =
            [
                new SourceOptions { Name = "a", Type = "rss", Url = "ftp://agency.example/feed" },
                new SourceOptions { Name = "a", Type = "listing", Url = "https://agency.example/latest", LinkXPath = "//a[@", Cron = "sometimes" },
                new SourceOptions { Name = "c", Type = "sitemap", Url = "https://agency.example/sitemap.xml", MaxRequestsPerSecond = 0, MaxConcurrencyPerHost = 0 },
                new SourceOptions { Name = "d", Type = "newsletter" },
                new SourceOptions { Name = "e", Type = "feed", Url = "https://agency.example/rss", BodyXPath = "//div[" },
            ],
        };
        var failures = new WorkerOptionsValidator().Validate(null, options).Failures!.ToList();
        Assert.Contains(failures, f => f.Contains("Sources:0:Url 'ftp://agency.example/feed' is not an absolute http or https URL"));
        Assert.Contains(failures, f => f.Contains("Sources:1:Name 'a' is used by two sources"));
        Assert.Contains(failures, f => f.Contains("Sources:1:Cron 'sometimes' is not a valid cron expression"));
        Assert.Contains(failures, f => f.Contains("Sources:1:LinkXPath '//a[@' is not valid XPath"));
        Assert.Contains(failures, f => f.Contains("Sources:2:MaxRequestsPerSecond must be positive"));
        Assert.Contains(failures, f => f.Contains("Sources:2:MaxConcurrencyPerHost must be at least 1"));
        Assert.Contains(failures, f => f.Contains("Sources:3:Type 'newsletter' is not a known source type"));
        Assert.Contains(failures, f => f.Contains("Sources:4:BodyXPath '//div[' is not valid XPath"));
    }

    [Fact]
    public void A_valid_web_configuration_passes()
    {
        var options = new WorkerOptions
        {
            Sources =
            [
                new SourceOptions { Name = "feed", Type = "rss", Url = "https://agency.example/rss", Cron = "*/10 * * * *" },
                new SourceOptions { Name = "list", Type = "listing", Url = "https://agency.example/latest", LinkXPath = "//h2/a/@href", MaxRequestsPerSecond = 0.5 },
            ],
        };
        Assert.True(new WorkerOptionsValidator().Validate(null, options).Succeeded);
    }
}
