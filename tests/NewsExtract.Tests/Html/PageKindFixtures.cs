namespace NewsExtract.Tests.Html;

/// <summary>Pages written for the page-kind tests: an agency story, a section front, a forum thread and a shop's product page.</summary>
public static class PageKindFixtures
{
    private static readonly string[] Towns = ["Ashford", "Brockley", "Carnmore", "Dunholt", "Elderby", "Fernmouth", "Glenwick", "Harlow", "Irwell", "Jarrowby", "Kelmarsh", "Lindale"];

    /// <summary>A news story: headline, dateline, byline, date and six paragraphs of running text.</summary>
    public static string Story(string subject = "harbour") => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <title>Lakeshire council approves {subject} repairs | Lakeshire Herald</title>
        <meta property="og:type" content="article">
        <meta property="og:title" content="Lakeshire council approves {subject} repairs">
        <meta property="article:published_time" content="2026-11-20T09:30:00+01:00">
        </head><body>
        <nav class="menu"><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a> <a href="/sport">Sport</a></nav>
        <article>
          <h1>Lakeshire council approves {subject} repairs</h1>
          <p class="byline">By Marta Olsen</p>
          <time datetime="2026-11-20T09:30:00+01:00">20 November 2026</time>
          <p>LAKESHIRE, Nov 20 — The regional council approved 4.2 million euros for the {subject} repairs on Tuesday, after a debate that lasted almost seven hours.</p>
          <p>Council chair Marta Olsen said the money would pay for new walls, a ferry landing and the dredging of the channel, with work starting in the spring.</p>
          <p>Opposition members, who had asked for more money for schools, abstained in the final vote but said they would back the repairs once contracts are signed.</p>
          <p>Fishermen have complained for years that the silted channel keeps larger boats out at low tide, costing them several hours of work every week.</p>
          <p>Tenders will open in March, and the council expects the first construction work to begin before the end of the summer, weather permitting.</p>
          <p>The ministry of transport has promised to match any further money the region raises for the {subject} before the end of next year, the chair added.</p>
        </article>
        <aside class="related"><h3>Related</h3><ul><li><a href="/news/2026/11/19/roads">Road works start</a></li></ul></aside>
        <footer>© Lakeshire Herald</footer>
        </body></html>
        """;

    /// <summary>A section front: twelve teasers, each a linked headline with a one-line summary and a date.</summary>
    public static string SectionFront()
    {
        var teasers = string.Join("\n", Towns.Select((town, i) => $"""
              <article class="teaser">
                <h2><a href="/news/2026/11/{10 + i}/{town.ToLowerInvariant()}-story">{town} opens a new library after years of work</a></h2>
                <p>The {town} reading room seats forty.</p>
                <time datetime="2026-11-{10 + i}">{10 + i} Nov</time>
              </article>
            """));
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Regions | Lakeshire Herald</title>
            <meta property="og:type" content="website"></head><body>
            <nav class="menu"><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a> <a href="/regions">Regions</a></nav>
            <main><h1>Regions</h1>
            {teasers}
            <div class="pager"><a href="/regions?page=2">Next page</a></div>
            </main>
            <footer>© Lakeshire Herald</footer>
            </body></html>
            """;
    }

    /// <summary>A forum thread: a question and five short replies by user names, each with reply and quote buttons.</summary>
    public static string ForumThread()
    {
        var replies = string.Join("\n", Towns.Take(6).Select((town, i) => $"""
              <li class="post"><div class="username"><a href="/members/{town.ToLowerInvariant()}fan">{town}Fan</a></div>
                <div class="message">{(i == 0 ? "Does anyone know when the ferry timetable for the winter comes out?" : $"Try the port office in {town}, they had it last week.")}</div>
                <button>Reply</button> <button>Quote</button> <a href="/report/{i}">Report</a></li>
            """));
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Winter ferry timetable? | Lakeshire Boards</title>
            <meta property="og:type" content="website"></head><body>
            <nav><a href="/">Boards</a> <a href="/boards/travel">Travel</a> <a href="/login">Log in</a> <a href="/register">Register</a></nav>
            <h1>Winter ferry timetable?</h1>
            <ol class="posts">
            {replies}
            </ol>
            <form action="/reply"><textarea name="body"></textarea><input type="submit" value="Post reply"></form>
            </body></html>
            """;
    }

    /// <summary>A shop's product page: a name, a price, options, an add-to-cart button and a product JSON-LD.</summary>
    public static string ProductPage() => """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Harbour Lantern, brass | Lakeshire Goods</title>
        <meta property="og:type" content="product">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Harbour Lantern","offers":{"@type":"Offer","price":"49.00","priceCurrency":"USD"}}</script>
        </head><body>
        <nav><a href="/">Shop</a> <a href="/lamps">Lamps</a> <a href="/cart">Cart</a></nav>
        <h1>Harbour Lantern, brass</h1>
        <div class="price" itemprop="price">$49.00</div>
        <p>Solid brass, 30 cm tall.</p>
        <select name="finish"><option>Polished</option><option>Aged</option></select>
        <input type="number" name="qty" value="1"> <button>Add to cart</button>
        <ul class="specs"><li>Height: 30 cm</li><li>Weight: 1.2 kg</li><li>Ships in 3 days</li></ul>
        <h2>You may also like</h2>
        <ul><li><a href="/p/1">Ship's bell $35.00</a></li><li><a href="/p/2">Rope basket $22.00</a></li><li><a href="/p/3">Tide clock $58.00</a></li></ul>
        </body></html>
        """;
}
