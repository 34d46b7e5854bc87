using System.Text;
using NewsExtract.Core.Articles;
using NewsExtract.Ingestion.Files;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Ingestion;

public sealed class ArticleFileReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ArticleFileReader _reader = new("local");

    public void Dispose() => _dir.Dispose();

    private Article Read(string name, string content) => Read(name, Encoding.UTF8.GetBytes(content));

    private Article Read(string name, byte[] content)
    {
        var path = _dir.File(name);
        File.WriteAllBytes(path, content);
        return _reader.Read(new ArticleFile(path, name));
    }

    [Fact]
    public void Envelope_fields_are_read_and_crlf_is_normalised()
    {
        var article = Read("a.json", """
            { "title": " Talks in Baku ", "text": "First.\r\n\r\nSecond.", "url": "https://agency.example/1",
              "publishedAt": "2018-09-10T12:30:00+04:00", "source": "Trend", "gold": { "money": [] } }
            """);
        Assert.Equal("Talks in Baku", article.Title);
        Assert.Equal("First.\n\nSecond.", article.Text);
        Assert.Equal("https://agency.example/1", article.Url);
        Assert.Equal(new DateTimeOffset(2018, 9, 10, 12, 30, 0, TimeSpan.FromHours(4)), article.PublishedAt);
        Assert.Equal("Trend", article.Source.Name);
        Assert.Equal("a.json", article.Key);
    }

    [Fact]
    public void Envelope_source_may_be_an_object()
    {
        var article = Read("b.json", """{ "text": "x", "source": { "name": "TASS", "url": "https://tass.example" } }""");
        Assert.Equal("TASS", article.Source.Name);
        Assert.Equal("https://tass.example", article.Source.Url);
    }

    [Theory]
    [InlineData("empty.txt", "", "file is empty")]
    [InlineData("blank.txt", "  \n\t ", "only whitespace")]
    [InlineData("broken.json", "{ \"text\": ", "malformed JSON")]
    [InlineData("array.json", "[1, 2]", "expected a JSON object")]
    [InlineData("notext.json", "{ \"title\": \"t\" }", "has no \"text\"")]
    [InlineData("badtype.json", "{ \"text\": 5 }", "\"text\" must be a string")]
    [InlineData("baddate.json", "{ \"text\": \"t\", \"publishedAt\": \"yesterday\" }", "not an ISO 8601 date")]
    [InlineData("nobody.html", "<html><head><title>Agency</title></head><body><div> </div></body></html>", "no article text")]
    public void Bad_input_fails_with_a_reason_naming_the_file(string name, string content, string reason)
    {
        var ex = Assert.Throws<ArticleReadException>(() => Read(name, content));
        Assert.Contains(reason, ex.Reason);
        Assert.Contains(name, ex.Message);
    }

    [Fact]
    public void Binary_content_is_refused()
    {
        var bytes = new byte[512];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var ex = Assert.Throws<ArticleReadException>(() => Read("image.html", bytes));
        Assert.Contains("binary", ex.Reason);
    }

    [Fact]
    public void Invalid_utf8_is_refused()
    {
        var ex = Assert.Throws<ArticleReadException>(() => Read("latin.txt", [0x4D, 0x69, 0x6E, 0xE9, 0x72, 0x61, 0x6C, 0x20]));
        Assert.Contains("UTF-8", ex.Reason);
    }

    [Fact]
    public void Plain_text_keeps_its_body_and_drops_a_bom()
    {
        var article = Read("p.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Bakı, 10 sentyabr.\r\nText.")]);
        Assert.Equal("Bakı, 10 sentyabr.\nText.", article.Text);
        Assert.Null(article.Title);
    }

    [Fact]
    public void Folder_search_is_recursive_sorted_and_skips_other_extensions()
    {
        Directory.CreateDirectory(_dir.File("sub"));
        File.WriteAllText(_dir.File("b.txt"), "b");
        File.WriteAllText(_dir.File("a.json"), "{}");
        File.WriteAllText(_dir.File("sub/c.html"), "<p>c</p>");
        File.WriteAllText(_dir.File("notes.md"), "skip");
        var missing = new List<string>();
        var files = ArticleFileFinder.Find([_dir.Path, _dir.File("nope")], missing.Add);
        Assert.Equal(["a.json", "b.txt", "sub/c.html"], files.Select(f => f.Key));
        Assert.Equal([_dir.File("nope")], missing);
    }
}
