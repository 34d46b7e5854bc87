namespace NewsExtract.Tests.Html;

/// <summary>Hand-written HTML pages for the extractor tests (no text from any real site).</summary>
internal static class NewsPageFixtures
{
    public const string BodyOne = "The regional council of Lakeshire approved a budget of 4.2 million euros on Tuesday, after a debate that lasted almost seven hours and ended shortly before midnight.";
    public const string BodyTwo = "Council chair Marta Olsen said the plan would fund two new bridges, a ferry landing and the repair of forty kilometres of rural roads, starting in the spring.";
    public const string BodyThree = "Opposition members, who had asked for more money for schools, abstained in the final vote but said they would support the road repairs when the contracts are signed.";
    public const string SubHeading = "What happens next";
    public const string BodyFour = "Tenders for the bridges will open in March, and the council expects the first construction work to begin before the end of the summer, weather permitting.";

    /// <summary>A news page with every kind of furniture around the article, and JSON-LD plus OpenGraph metadata.</summary>
    public const string FullPage = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Lakeshire council approves road and bridge budget | The Lakeshire Courier</title>
          <link rel="canonical" href="https://courier.example/news/2019/03/05/council-budget">
          <meta property="og:title" content="Lakeshire council approves road and bridge budget">
          <meta property="og:url" content="https://courier.example/og-url-should-lose">
          <meta property="og:locale" content="en_GB">
          <meta property="article:published_time" content="2019-03-06T10:00:00+00:00">
          <meta name="author" content="Meta Author Should Lose">
          <script type="application/ld+json">
          {"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"The Lakeshire Courier"},
            {"@type":"NewsArticle","headline":"Lakeshire council approves road and bridge budget",
             "datePublished":"2019-03-05T18:30:00+01:00","author":[{"@type":"Person","name":"Jonas Berg"}]}]}
          </script>
          <script>var tracking = "The council approved nothing in this script";</script>
          <style>.hidden { display: none }</style>
        </head>
        <body>
          <div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience on this site. By continuing to browse you agree to our use of cookies. <a href="/privacy">Read our privacy policy</a>.</div>
          <header class="site-header">
            <a href="/">The Lakeshire Courier</a>
            <nav class="main-menu"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/culture">Culture and entertainment</a></li></ul></nav>
          </header>
          <div class="page">
            <main>
              <article class="story">
                <h1>Lakeshire council approves road and bridge budget</h1>
                <div class="byline">By Jonas Berg</div>
                <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email this story to a friend</a></div>
                <div class="story-body">
                  <p>{{BodyOne}}</p>
                  <figure><img src="/img/bridge.jpg" alt=""><figcaption>An old stone bridge over the river Lake, photographed in winter light.</figcaption></figure>
                  <p>{{BodyTwo}}</p>
                  <p>ADVERTISEMENT</p>
                  <div class="ad-slot advertisement">Advertisement: Buy the new Lakeshire calendar today, only 9.99 euros at all good shops.</div>
                  <p>{{BodyThree}} &amp; that&#8217;s all.</p>
                  <h2>{{SubHeading}}</h2>
                  <p>{{BodyFour}}</p>
                </div>
                <div class="related-articles">
                  <h3>Related stories</h3>
                  <ul>
                    <li><a href="/a">Ferry timetable changes announced for the coming winter season</a></li>
                    <li><a href="/b">Rural roads among the worst in the country, survey says</a></li>
                    <li><a href="/c">School funding row continues in the regional parliament</a></li>
                  </ul>
                </div>
              </article>
              <section id="comments" class="comments-area">
                <h3>Comments</h3>
                <div class="comment"><p>About time somebody fixed the road to the harbour, it has been in a terrible state for years and years.</p></div>
                <div class="comment"><p>Another waste of taxpayers' money, mark my words, the bridges will cost twice as much in the end.</p></div>
              </section>
            </main>
            <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/x">Storm warning for the whole coast tonight and tomorrow</a></li><li><a href="/y">Local team wins the cup after a dramatic penalty shoot-out</a></li></ol></aside>
          </div>
          <footer class="site-footer"><p>Copyright 2019 The Lakeshire Courier. All rights reserved. Registered office: 1 Harbour Street, Lakeshire.</p></footer>
        </body>
        </html>
        """;

    public static string Full => FullPage
        .Replace("{{BodyOne}}", BodyOne, StringComparison.Ordinal)
        .Replace("{{BodyTwo}}", BodyTwo, StringComparison.Ordinal)
        .Replace("{{BodyThree}}", BodyThree, StringComparison.Ordinal)
        .Replace("{{SubHeading}}", SubHeading, StringComparison.Ordinal)
        .Replace("{{BodyFour}}", BodyFour, StringComparison.Ordinal);

    /// <summary>A plain page whose only date is a <c>&lt;time datetime&gt;</c> element.</summary>
    public static string WithTimeOnly => $"""
        <html><head><title>Harbour reopens</title></head><body>
        <div class="post"><h1>Harbour reopens</h1><time datetime="2020-07-14T08:15:00+02:00">14 July</time>
        <p>{BodyOne}</p><p>{BodyTwo}</p></div></body></html>
        """;

    /// <summary>A page without any date in its markup: the date is only in the URL path.</summary>
    public static string WithoutDate => $"""
        <html lang="ru"><head><title>Новости</title><meta http-equiv="content-language" content="ru-RU"></head><body>
        <div class="content"><p>{BodyOne}</p><p>{BodyTwo}</p><p>{BodyThree}</p></div></body></html>
        """;

    /// <summary>A Russian agency story (as if decoded from windows-1251) with its date only in a dateline.</summary>
    public const string CyrillicDateline = """
        <html><head><meta charset="windows-1251"><title>Министры обсудили торговлю</title></head><body>
        <div class="text">
        <p>МОСКВА, 30 декабря 2018. Министры двух стран обсудили на встрече в столице рост товарооборота, новые совместные проекты и подготовку межправительственной комиссии.</p>
        <p>Стороны договорились подготовить к весне дорожную карту, в которой будут перечислены меры по упрощению торговли и сроки их выполнения.</p>
        </div></body></html>
        """;
}
