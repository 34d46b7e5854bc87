using System.Text.Json;
using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Language;
using NewsExtract.Extraction.Text;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Language;

/// <summary>The shipped register classifier on the project's own news articles and on web posts written for these tests.</summary>
public sealed class TextRegisterDetectorTests
{
    private static Document Prepared(string text, string? register = null)
    {
        var document = new Document(new Article { Key = "k", Text = text, Source = new ArticleSource("s", null, null) }) { Register = register };
        new Tokenizer().Process(document);
        new SentenceSplitter().Process(document);
        return document;
    }

    private static string Judge(string text)
    {
        var document = Prepared(text);
        new TextRegisterDetector().Process(document);
        return document.Register!;
    }

    private static readonly string[] WebPosts =
    [
        "ok so i finally tried the new ramen place on 5th street last night. honestly it was way better than i expected! " +
        "the broth wasn't too salty and my friend loved the gyoza. i'd go back for sure, just don't go on a friday lol.",
        "Hi all, I'm moving to Leeds next month and I can't figure out which neighbourhood is good for a family. " +
        "We've got two kids and I don't drive. Any tips?? Thanks so much in advance!",
        "Thanks Marta, I'll send you the revised numbers tomorrow morning. Can you check whether you've got the old version? " +
        "I think we're fine on the schedule but let me know if you'd rather push the call to Thursday.",
    ];

    [Fact]
    public void The_shipped_model_is_in_the_build() => Assert.NotNull(TextRegisterModel.Shipped);

    [Fact]
    public void Informal_web_posts_are_web_writing()
    {
        foreach (var post in WebPosts)
            Assert.Equal(TextRegisters.Web, Judge(post));
    }

    [Fact]
    public void Every_news_article_of_the_projects_corpora_is_news()
    {
        var files = Directory.GetFiles(RepoPaths.InRepo("corpus", "gold"), "*.json")
            .Concat(Directory.GetFiles(RepoPaths.InRepo("corpus", "articles"), "*.json")).ToList();
        Assert.True(files.Count >= 60);
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var text = json.RootElement.GetProperty("text").GetString()!;
            Assert.True(Judge(text) == TextRegisters.News, $"{Path.GetFileName(file)} was judged web writing");
        }
    }

    [Fact]
    public void A_register_the_source_stated_is_kept()
    {
        var document = Prepared(WebPosts[0], register: TextRegisters.News);
        new TextRegisterDetector().Process(document);
        Assert.Equal(TextRegisters.News, document.Register);
    }

    [Fact]
    public void Without_a_model_every_text_is_news_and_no_model_is_recorded()
    {
        var document = Prepared(WebPosts[1]);
        new TextRegisterDetector(null).Process(document);
        Assert.Equal(TextRegisters.News, document.Register);
        Assert.False(document.Models.ContainsKey(TextRegisterDetector.ComponentName));
    }

    [Fact]
    public void The_judging_model_is_recorded_on_the_document()
    {
        var document = Prepared(WebPosts[2]);
        new TextRegisterDetector().Process(document);
        Assert.Equal(TextRegisterModel.Shipped!.Version, document.Models[TextRegisterDetector.ComponentName]);
    }
}
