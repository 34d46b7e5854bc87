using System.Globalization;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// Finds when an article was published, trying the sources in order of trust: an XPath override, JSON-LD
/// <c>datePublished</c>, publication meta tags (OpenGraph <c>article:published_time</c> and kin), microdata
/// <c>itemprop=datePublished</c>, a <c>&lt;time&gt;</c> element, a date printed in a date or byline element, a date
/// in the URL path, a date beside the headline, a date on the byline's line (<see cref="BylineDateFinder"/>), JSON-LD <c>dateCreated</c>. (Publication meta tags under other names, "w-published-date", come
/// right after the known ones.) Only when none of these gives a date does it take when the page was
/// last changed (JSON-LD <c>dateModified</c>, <c>article:modified_time</c>, a printed "Updated …"), and last a
/// dateline at the start of the body. Dates inside comments, lists of other stories, sidebars and footers are never
/// taken (<see cref="PageRegion"/>).
/// </summary>
public static partial class PublicationDateFinder
{
    private static readonly string[] MetaKeys =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "datePublished",
        "article.published", "published_time", "publish-date", "publish_date", "publishdate", "pubdate",
        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "citation_publication_date",
        "citation_date", "citation_online_date", "prism.publicationDate", "dc.date", "dcterms.date",
        "dcterms.created", "date", "article:published", "cxenseparse:recs:publishtime", "original-publish-date",
        "article.created", "article_date_original", "DISPLAYDATE", "timestamp", "published",
    ];

    private static readonly string[] ModifiedMetaKeys =
    [
        "article:modified_time", "og:updated_time", "dateModified", "last-modified", "dcterms.modified", "article.updated",
    ];

    /// <summary>Looks through the page for the publication date; null when no source gives a plausible one.</summary>
    public static SourcedValue<DateTimeOffset>? Find(HtmlDocument document, PageScan scan, MetaTags meta, JsonLdArticle? jsonLd, Uri? url, string? bodyText,
        HtmlExtractionOptions? options = null)
    {
        options ??= HtmlExtractionOptions.Default;
        if (options.DateXPath is not null)
        {
            var node = document.DocumentNode.SelectSingleNode(options.DateXPath);
            if (node is not null && FromElement(node) is { } pinned)
                return new(pinned, "override");
        }
        if (FromMachineMarkup(scan, meta, jsonLd) is { } machine)
            return WithReadersDay(scan, meta, jsonLd, url, machine);
        if (FromMicrodata(scan.DateItems, scan.HeadingAncestors) is { } micro)
            return new(micro, "microdata");
        var urlDate = FromUrl(url);
        if (FromTimeElements(scan.Times, scan.Headings1, scan.HeadingAncestors, updated: false) is { } time)
            return new(time, "time");
        if (FromDateTexts(scan.DateTexts, scan.HeadingAncestors, updated: false) is { } printed)
            return DayAndMonthSwapped(printed, urlDate) ? new(urlDate!.Value, "url") : new(printed, "text");
        if (urlDate is { } fromUrl)
            return new(fromUrl, "url");
        if (HeadlineDateFinder.Find(scan.Headings1, scan.HeadingAncestors) is { } besideHeadline)
            return new(besideHeadline, "text:headline");
        if (BylineDateFinder.Find(scan, scan.HeadingAncestors) is { } inByline)
            return new(inByline, "text:byline");
        if (DateParsing.ParseMachine(jsonLd?.DateCreated) is { } created)
            return new(created, "json-ld:dateCreated");

        // No publication date anywhere: when the page was last changed is the best left.
        if (DateParsing.ParseMachine(jsonLd?.DateModified) is { } ldModified)
            return new(ldModified, "json-ld:dateModified");
        foreach (var key in ModifiedMetaKeys)
        {
            if (DateParsing.ParseMachine(meta.Get(key)) is { } m)
                return new(m, "meta:" + key);
        }
        if (FromMicrodata(scan.ModifiedItems, scan.HeadingAncestors) is { } microModified)
            return new(microModified, "microdata:dateModified");
        if (FromTimeElements(scan.Times, scan.Headings1, scan.HeadingAncestors, updated: true) is { } timeModified)
            return new(timeModified, "time:updated");
        if (FromDateTexts(scan.DateTexts, scan.HeadingAncestors, updated: true) is { } printedModified)
            return new(printedModified, "text:updated");
        return options.DateFromText && bodyText is not null && FromDateline(bodyText) is { } dateline ? new(dateline, "dateline") : null;
    }

    /// <summary>The publication date the page gives machines: JSON-LD <c>datePublished</c>, then the publication meta tags.</summary>
    private static SourcedValue<DateTimeOffset>? FromMachineMarkup(PageScan scan, MetaTags meta, JsonLdArticle? jsonLd)
    {
        if (DateParsing.ParseMachine(jsonLd?.DatePublished) is { } ld)
            return new(ld, "json-ld:datePublished");
        foreach (var key in MetaKeys)
        {
            if (DateParsing.ParseMachine(meta.Get(key)) is { } m)
                return new(m, "meta:" + key);
        }
        return FromOtherPublishMeta(scan.Metas);
    }

    /// <summary>
    /// The machine date squared with the day the page shows readers: the publication date printed for them (a
    /// <c>&lt;time&gt;</c>, a date element, a date beside the headline; never one marked as an update), else the day in
    /// the URL. When the two days differ:
    /// <list type="bullet">
    /// <item>a machine date in UTC that falls on the readers' day in the page's own zone (<see cref="PageUtcOffset"/>)
    /// is given in that zone: "2025-12-19T03:05Z" printed "December 18, 2025" on a page that writes its times at
    /// -08:00 is the evening of the 18th there;</item>
    /// <item>a printed day two or more days earlier than the machine date is taken instead: a page re-published in its
    /// CMS gets a new machine date while it still prints the day it first appeared, and a date earlier than the
    /// publication cannot be an update or a comment;</item>
    /// <item>otherwise the machine date stands (a day apart may be a zone the page does not say).</item>
    /// </list>
    /// </summary>
    private static SourcedValue<DateTimeOffset> WithReadersDay(PageScan scan, MetaTags meta, JsonLdArticle? jsonLd, Uri? url,
        SourcedValue<DateTimeOffset> machine)
    {
        var printed = PrintedPublication(scan);
        var readersDay = printed is { } p ? DateOnly.FromDateTime(p.Value.DateTime) : FromUrl(url) is { } u ? DateOnly.FromDateTime(u.DateTime) : (DateOnly?)null;
        var machineDay = DateOnly.FromDateTime(machine.Value.DateTime);
        if (readersDay is not { } day || day == machineDay)
            return machine;
        if (machine.Value.Offset == TimeSpan.Zero && PageUtcOffset.Find(scan, meta, jsonLd, MetaKeys.Concat(ModifiedMetaKeys)) is { } zone
            && DateOnly.FromDateTime(machine.Value.ToOffset(zone).DateTime) == day)
            return machine with { Value = machine.Value.ToOffset(zone) };
        // A day or less apart is a time zone the page does not say, not another date.
        return printed is { } earlier && day.AddDays(MinDaysEarlier) <= machineDay ? earlier : machine;
    }

    /// <summary>The publication date printed for readers: a <c>&lt;time&gt;</c>, else a date element, else a date beside the headline.</summary>
    private static SourcedValue<DateTimeOffset>? PrintedPublication(PageScan scan) =>
        TimeElement(scan.Times, scan.Headings1, scan.HeadingAncestors, updated: false) is { } time ? InOwnPlace(time, "time", scan.HeadingAncestors)
        : DateText(scan.DateTexts, scan.HeadingAncestors, updated: false) is { } text ? InOwnPlace(text, "text", scan.HeadingAncestors)
        : HeadlineDateFinder.Find(scan.Headings1, scan.HeadingAncestors) is { } besideHeadline ? new(besideHeadline, "text:headline")
        : null;

    /// <summary>Days a printed date must come before the machine date to be taken instead (<see cref="WithReadersDay"/>).</summary>
    private const int MinDaysEarlier = 2;

    /// <summary>
    /// The date, unless its element sits in a card of another story: an enclosing element below the headline's
    /// wrappers that also holds a linked heading of its own (a teaser's title with its date).
    /// </summary>
    private static SourcedValue<DateTimeOffset>? InOwnPlace((HtmlNode Node, DateTimeOffset Date) found, string source, IReadOnlySet<HtmlNode> headingAncestors)
    {
        var n = 0;
        var inLink = false;
        for (var a = found.Node.ParentNode; a is not null && a.NodeType == HtmlNodeType.Element && n < 4 && !headingAncestors.Contains(a); a = a.ParentNode, n++)
        {
            inLink |= a.Name == "a";
            if (a.Descendants().Any(d => d.Name is "h2" or "h3" or "h4" && (inLink || d.Descendants("a").Any() || d.ParentNode?.Name == "a")))
                return null;
        }
        return new(found.Date, source);
    }

    /// <summary>
    /// A publication date in a meta tag whose name the list above does not know but says what it is: it names
    /// publishing or posting and a date or time ("w-published-date", "post_date"), never a publisher or an update.
    /// </summary>
    private static SourcedValue<DateTimeOffset>? FromOtherPublishMeta(IEnumerable<HtmlNode> metas)
    {
        foreach (var node in metas)
        {
            var key = node.GetAttributeValue("name", null) ?? node.GetAttributeValue("property", null) ?? node.GetAttributeValue("itemprop", null);
            if (key is null || !PublishMetaKey().IsMatch(key) || UpdateWord().IsMatch(key.ToLowerInvariant()))
                continue;
            if (DateParsing.ParseMachine(node.GetAttributeValue("content", null)) is { } date)
                return new(date, "meta:" + key);
        }
        return null;
    }

    /// <summary>The date an element carries: its <c>datetime</c> or <c>content</c> attribute, else its text.</summary>
    public static DateTimeOffset? FromElement(HtmlNode node) =>
        DateParsing.ParseMachine(node.GetAttributeValue("datetime", null))
        ?? DateParsing.ParseMachine(node.GetAttributeValue("content", null))
        ?? DateParsing.FindInText(TextNormalizer.Clean(node.InnerText));

    /// <summary>
    /// Whether a printed date is the URL's date read the other way round ("03/10/2023" read as March 10 where the URL
    /// says /2023/october/03/): numbers printed day first on a page whose URL spells the month out decide the order.
    /// </summary>
    private static bool DayAndMonthSwapped(DateTimeOffset printed, DateTimeOffset? url) =>
        url is { } u && printed.Year == u.Year && printed.Month != u.Month && printed.Month == u.Day && printed.Day == u.Month;

    /// <summary>A date written as path segments of the URL: <c>/2018/12/30/</c>, <c>/2018-12-30/</c>, <c>/20181230/</c> or <c>/2018/december/30/</c>.</summary>
    public static DateTimeOffset? FromUrl(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
            return null;
        var m = UrlDate().Match(url.AbsolutePath);
        if (m.Success)
            return DateParsing.Make(
                int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
        var named = UrlDateWithMonthName().Match(Uri.UnescapeDataString(url.AbsolutePath));
        return named.Success && MonthNameTable.Months.TryGetValue(named.Groups["m"].Value.ToLowerInvariant(), out var month)
            ? DateParsing.Make(int.Parse(named.Groups["y"].Value, CultureInfo.InvariantCulture), month, int.Parse(named.Groups["d"].Value, CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>A date in the first lines of the body ("MOSCOW, December 30 (TASS)", "Baku, 30.12.2018").</summary>
    public static DateTimeOffset? FromDateline(string bodyText)
    {
        var head = bodyText.Length > 400 ? bodyText[..400] : bodyText;
        return DateParsing.FindInText(head);
    }

    private static DateTimeOffset? FromMicrodata(IEnumerable<HtmlNode> nodes, IReadOnlySet<HtmlNode> headingAncestors)
    {
        foreach (var node in nodes)
        {
            if (PageRegion.IsElsewhere(node, headingAncestors))
                continue;
            var date = FromElement(node);
            if (date is not null)
                return date;
        }
        return null;
    }

    /// <summary>
    /// The first <c>&lt;time&gt;</c> marked as the publication (<c>pubdate</c>, a "publish"/"created" class), else the
    /// first one not marked as an update; with <paramref name="updated"/>, the first one marked as an update.
    /// </summary>
    private static DateTimeOffset? FromTimeElements(IEnumerable<HtmlNode> times, IReadOnlyList<HtmlNode> headings, IReadOnlySet<HtmlNode> headingAncestors, bool updated) =>
        TimeElement(times, headings, headingAncestors, updated)?.Date;

    private static (HtmlNode Node, DateTimeOffset Date)? TimeElement(IEnumerable<HtmlNode> times, IReadOnlyList<HtmlNode> headings, IReadOnlySet<HtmlNode> headingAncestors, bool updated)
    {
        HtmlNode? best = null;
        HashSet<HtmlNode>? besideHeadline = null;
        foreach (var time in times)
        {
            if (PageRegion.IsElsewhere(time, headingAncestors))
                continue;
            var hint = (time.GetAttributeValue("class", "") + " " + time.GetAttributeValue("itemprop", "") + " "
                + (time.Attributes["pubdate"] is not null ? "pubdate" : "") + " " + Around(time)).ToLowerInvariant();
            var isUpdate = UpdateWord().IsMatch(hint) || UpdateLabel.Precedes(time);
            if (updated)
            {
                if (isUpdate && FromElement(time) is { } u)
                    return (time, u);
                continue;
            }
            if (PublishWord().IsMatch(hint) && !isUpdate)
            {
                best = time;
                break;
            }
            if (isUpdate)
                continue;
            // The first time, unless a later one sits on a line beside the headline and the first does not (a
            // header's menu of latest stories comes before the article's own date).
            besideHeadline ??= HeadlineLines.Near(headings, headingAncestors).Select(l => l.Node).ToHashSet();
            if (best is null || !besideHeadline.Contains(best) && besideHeadline.Contains(time))
                best = time;
        }
        return best is not null && FromElement(best) is { } date ? (best, date) : null;
    }

    /// <summary>A date printed in an element whose class or id names a date ("Published on Oct 21, 2025"); an "Updated …" one only with <paramref name="updated"/>.</summary>
    private static DateTimeOffset? FromDateTexts(IEnumerable<HtmlNode> nodes, IReadOnlySet<HtmlNode> headingAncestors, bool updated) =>
        DateText(nodes, headingAncestors, updated)?.Date;

    private static (HtmlNode Node, DateTimeOffset Date)? DateText(IEnumerable<HtmlNode> nodes, IReadOnlySet<HtmlNode> headingAncestors, bool updated)
    {
        // "This article was originally published on 26 Sep 2019 …" names the first appearance wherever it is printed:
        // a date shown above it is the day of the version on the page.
        if (!updated)
        {
            foreach (var node in nodes)
            {
                var text = TextNormalizer.Clean(node.InnerText);
                if (text.Length is >= 4 and <= 160 && FirstPublished().Match(text) is { Success: true } first && !PageRegion.IsElsewhere(node, headingAncestors)
                    && DateParsing.FindInText(text[first.Index..]) is { } date)
                    return (node, date);
            }
        }
        foreach (var node in nodes)
        {
            var text = TextNormalizer.Clean(node.InnerText);
            if (text.Length is < 4 or > 160 || PageRegion.IsElsewhere(node, headingAncestors))
                continue;
            var hints = (node.GetAttributeValue("class", "") + " " + node.GetAttributeValue("id", "")).ToLowerInvariant();
            if (ShowsToday(node, hints))
                continue;
            var lower = text.ToLowerInvariant();
            var isUpdate = UpdateWord().IsMatch(lower) || UpdateWord().IsMatch(hints) || UpdateLabel.Precedes(node);
            if (isUpdate != updated)
            {
                if (!updated && isUpdate && PublicationBeforeUpdate(text, lower) is { } first)
                    return (node, first);
                continue;
            }
            if (DateParsing.FindInText(text) is { } date)
                return (node, date);
            // A label alone ("Published", "Posted on"): the date is printed beside it, in the label's parent.
            if (text.Length < 30 && node.ParentNode is { } parent && TextNormalizer.Clean(parent.InnerText) is { Length: <= 160 } around
                && DateParsing.FindInText(around) is { } beside)
                return (node, beside);
        }
        return null;
    }

    /// <summary>Whether the element, or one inside it, is named as the day the page is shown ("todays-date"): a page header's clock, not a publication.</summary>
    private static bool ShowsToday(HtmlNode node, string hints) =>
        TodayHint().IsMatch(hints) || node.Descendants().Any(d => d.NodeType == HtmlNodeType.Element && d.Attributes.Count > 0
            && TodayHint().IsMatch((d.GetAttributeValue("class", "") + " " + d.GetAttributeValue("id", "")).ToLowerInvariant()));

    /// <summary>
    /// The publication date in a line that also gives an update: the date after a publication label ("Published May 2,
    /// 2024 · Updated June 1, 2024"), else a date printed before the update's label ("May 2, 2024. Updated: June 1, 2024").
    /// </summary>
    private static DateTimeOffset? PublicationBeforeUpdate(string text, string lower)
    {
        if (PublishWord().Match(lower) is { Success: true } p && DateParsing.FindInText(text[p.Index..]) is { } labelled)
            return labelled;
        return UpdateWord().Match(lower) is { Success: true, Index: > 0 } u ? DateParsing.FindInText(text[..u.Index]) : null;
    }

    /// <summary>Whether lower-cased text speaks of an update ("updated", "modified", "edited", "revised").</summary>
    internal static bool IsUpdate(string lower) => UpdateWord().IsMatch(lower);

    /// <summary>The text just before a time element ("Updated" or "Published" often sits there).</summary>
    private static string Around(HtmlNode node)
    {
        var previous = node.PreviousSibling;
        return previous?.NodeType == HtmlNodeType.Text ? previous.InnerText.Trim() : "";
    }

    [GeneratedRegex(@"(?:publish(?!er)|posted|post[_-]?date|pubdate|created).*(?:date|time)|(?:date|time).*(?:publish(?!er)|posted|created)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishMetaKey();

    /// <summary>A class or id naming the day the page is shown ("todays-date", "current-date"), not when the article appeared.</summary>
    [GeneratedRegex(@"today|current[_-]?date", RegexOptions.CultureInvariant)]
    private static partial Regex TodayHint();

    [GeneratedRegex(@"updat|modif|edited|revised|last (?:post|reply|activity)|обновлен", RegexOptions.CultureInvariant)]
    internal static partial Regex UpdateWord();

    /// <summary>A label for the day a page first appeared, whatever versions followed ("originally published", "first posted").</summary>
    [GeneratedRegex(@"\b(?:originally|first) (?:published|posted)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstPublished();

    [GeneratedRegex(@"publish|posted|pubdate|created|released|опубликован", RegexOptions.CultureInvariant)]
    internal static partial Regex PublishWord();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)(?:/|-|_)?(?<m>[01]\d)(?:/|-|_)?(?<d>[0-3]\d)(?:/|-|_|\.|$)|/(?<y>(?:19|20)\d\d)/(?<m>[01]?\d)/(?<d>[0-3]?\d)/",
        RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    /// <summary>Year, month name and day as path segments: <c>/2023/october/03/</c>.</summary>
    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)/(?<m>\p{L}{3,10})/(?<d>[0-3]?\d)(?:/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDateWithMonthName();
}
