using HtmlAgilityPack;
using NewsExtract.Ingestion.Html;

namespace NewsExtract.Tests.Html;

public sealed class NoscriptPageTests
{
    private const string Posts = """
        <div id="main-outlet"><h1>Borrow checker complains about a closure</h1>
        <div class="post"><span class="creator">ana_k</span><p>My closure captures a vector by reference and the compiler says it does not live long enough when I return it from the function.</p></div>
        <div class="post"><span class="creator">tomasz</span><p>Move the vector into the closure with the move keyword, then the closure owns it and can outlive the function that made it.</p></div>
        <div class="post"><span class="creator">ana_k</span><p>That worked, thank you. I had not understood that a returned closure must own everything it uses, or borrow something that lives longer.</p></div>
        <div class="post"><span class="creator">lee.w</span><p>The chapter on closures in the book explains the three capture modes with examples; it is worth reading once more after this.</p></div>
        <div class="post"><span class="creator">mira</span><p>Another way is to return a boxed closure when its type cannot be named, but it still has to own what it captures, so move stays.</p></div>
        <div class="post"><span class="creator">tomasz</span><p>Marking the thread as solved so that others searching for the same lifetime error find the answer quickly.</p></div>
        </div>
        """;

    [Fact]
    public void A_page_whose_text_is_only_in_a_noscript_is_read_from_it()
    {
        var page = new HtmlArticleExtractor().Extract($$"""
            <html><head><title>Borrow checker complains about a closure - Forum</title></head>
            <body><noscript><style>#splash { display: none; }</style></noscript>
            <div id="app">Loading…</div>
            <noscript>{{Posts}}</noscript>
            <script>start();</script></body></html>
            """);
        Assert.Contains("move keyword", page.Text);
        Assert.Contains("three capture modes", page.Text);
    }

    [Fact]
    public void A_small_noscript_beside_the_page_text_is_left_alone()
    {
        var document = new HtmlDocument();
        document.LoadHtml($"""
            <html><body>{Posts}
            <noscript><p>Please enable JavaScript to see the comments and vote on the answers of this thread.</p></noscript>
            </body></html>
            """);
        Assert.False(NoscriptPage.Unwrap(document));
        Assert.Single(document.DocumentNode.Descendants("noscript"));
    }

    [Fact]
    public void The_noscript_that_holds_more_text_than_the_rest_of_the_page_is_unwrapped_in_place()
    {
        var document = new HtmlDocument();
        document.LoadHtml($"""<html><body><header>Forum</header><noscript>{Posts}</noscript><footer>About</footer></body></html>""");
        Assert.True(NoscriptPage.Unwrap(document));
        Assert.Empty(document.DocumentNode.Descendants("noscript"));
        var body = document.DocumentNode.SelectSingleNode("//body")!;
        Assert.Equal(["header", "div", "footer"], body.ChildNodes.Where(n => n.NodeType == HtmlNodeType.Element).Select(n => n.Name));
    }
}
