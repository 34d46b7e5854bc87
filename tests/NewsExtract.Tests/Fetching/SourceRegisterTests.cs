using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Language;
using NewsExtract.Extraction.Text;
using NewsExtract.Worker.Hosting;
using NewsExtract.Worker.Processing;

namespace NewsExtract.Tests.Fetching;

/// <summary>A source configured with a register states it for its articles; the detector then leaves it, and says so.</summary>
public sealed class SourceRegisterTests
{
    private static readonly Article Post = new()
    {
        Key = "k",
        Text = "The Minister of Energy said on Monday that the plant would open in March, according to the ministry.",
        Source = new ArticleSource("forum", null, null),
    };

    [Fact]
    public void A_configured_register_is_stated_on_the_article_and_kept_by_the_detector()
    {
        var stated = SourceRegister.Apply(Post, new SourceOptions { Name = "forum", Register = " Web " });
        Assert.Equal(TextRegisters.Web, stated.Register);

        var document = new Document(stated);
        new Tokenizer().Process(document);
        new SentenceSplitter().Process(document);
        new TextRegisterDetector().Process(document);
        // news-like wording, but the source says it is web writing
        Assert.Equal(TextRegisters.Web, document.Register);
        Assert.Equal("source:web", document.Models[TextRegisterDetector.ComponentName]);
    }

    [Fact]
    public void Without_a_configured_register_the_detector_judges()
    {
        var article = SourceRegister.Apply(Post, new SourceOptions { Name = "agency" });
        Assert.Null(article.Register);
        var document = new Document(article);
        new Tokenizer().Process(document);
        new SentenceSplitter().Process(document);
        new TextRegisterDetector().Process(document);
        Assert.Equal(TextRegisters.News, document.Register);
        Assert.Equal(TextRegisterModel.Shipped!.Version, document.Models[TextRegisterDetector.ComponentName]);
    }

    [Fact]
    public void An_unknown_register_is_named_at_start_up()
    {
        var options = new WorkerOptions
        {
            Sources =
            [
                new SourceOptions { Name = "blog", Type = "rss", Url = "https://blog.example/rss", Register = "blog" },
                new SourceOptions { Name = "forum", Type = "rss", Url = "https://forum.example/rss", Register = "WEB" },
            ],
        };
        var failures = new WorkerOptionsValidator().Validate(null, options).Failures!.ToList();
        var failure = Assert.Single(failures);
        Assert.Contains("Sources:0:Register 'blog' is not a known register", failure);
    }
}
