namespace NewsExtract.IntegrationTests.Support;

/// <summary>Pages of an agency site that are not articles, written for the tests: a section front and a forum thread.</summary>
public static class NonArticlePages
{
    private static readonly string[] Places = ["Ashford", "Brockley", "Carnmore", "Dunholt", "Elderby", "Fernmouth", "Glenwick", "Harlow", "Irwell", "Jarrowby"];

    /// <summary>A section front: ten teasers, each a linked headline, a one-line summary and a date.</summary>
    public static string SectionFront() => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Economy | Test Agency</title>
        <meta property="og:type" content="website"></head><body>
        <nav class="menu"><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a></nav>
        <main><h1>Economy</h1>
        {string.Join("\n", Places.Select((place, i) => $"""
            <article class="teaser"><h2><a href="/news/2026/11/{10 + i}/{place.ToLowerInvariant()}-port">{place} port handles record cargo this autumn</a></h2>
            <p>Ships queue outside {place}.</p><time datetime="2026-11-{10 + i}">{10 + i} Nov</time></article>
            """))}
        <div class="pager"><a href="/economy?page=2">More stories</a></div>
        </main><footer>© Test Agency</footer>
        </body></html>
        """;

    /// <summary>A forum thread: a question and its short replies by user names, with reply buttons and a reply form.</summary>
    public static string ForumThread() => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Bus times on holidays? | Test Agency readers' board</title>
        <meta property="og:type" content="website"></head><body>
        <nav><a href="/board">Board</a> <a href="/login">Log in</a> <a href="/register">Register</a></nav>
        <h1>Bus times on holidays?</h1>
        <ol class="posts">
        {string.Join("\n", Places.Take(6).Select((place, i) => $"""
            <li class="post"><div class="username"><a href="/members/{place.ToLowerInvariant()}">{place}Rider</a></div>
            <div class="message">{(i == 0 ? "Does the night bus run on public holidays?" : $"It stops at {place} only until ten, I think.")}</div>
            <button>Reply</button> <button>Quote</button></li>
            """))}
        </ol>
        <form action="/reply"><textarea name="body"></textarea><input type="submit" value="Post reply"></form>
        </body></html>
        """;
}
