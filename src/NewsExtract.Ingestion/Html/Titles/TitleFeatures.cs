namespace NewsExtract.Ingestion.Html.Titles;

/// <summary>
/// The features of a <see cref="TitleCandidate"/> the title ranker scores, by index. Which places give the text
/// (the first <c>&lt;h1&gt;</c>, a later one, OpenGraph, Twitter, JSON-LD headline, the document title whole or one
/// part of it around a separator, a part of the OpenGraph title or of the first heading, the first <c>&lt;h2&gt;</c>); how the text relates to
/// the other places (contained in, word overlap); whether it looks like the site's own name; where a heading sits
/// (header, link, logo, inside an <c>&lt;article&gt;</c> or <c>&lt;main&gt;</c>, split by a line break); its length
/// and capitals; how it agrees with the page's other candidates (contained in or containing them, its best word
/// overlap with any, a twin that differs only in typographic quotes and dashes); and what the page as a whole offers.
/// </summary>
public static class TitleFeatures
{
    public static readonly string[] Names =
    [
        "fromH1First", "fromH1Other", "h1Index", "h1Count", "fromOgTitle", "fromTwitterTitle", "fromJsonLdHeadline",
        "fromDocTitle", "fromDocTitlePart", "fromOgTitlePart", "fromH2First", "partIndex", "partFromEnd", "partCount",
        "partIsLongest", "otherPartsLookLikeSite", "chars", "words", "sourceCount", "inDocTitle", "inOgTitle",
        "overlapDocTitle", "overlapOgTitle", "overlapH1First", "overlapJsonLdHeadline", "looksLikeSiteName",
        "headingElsewhere", "headingInHeader", "headingInLink", "headingLogoHint", "upperShare", "hasSeparator",
        "declaredArticle", "pageHasOgTitle", "pageHasJsonLdHeadline", "pageHasDocTitle", "docTitleHasSeparator",
        "h1AgreesWithMeta", "fromH1Part",
        "containedInOthers", "containsOthers", "maxOverlapOther", "overlapTwitterTitle", "charsToLongest", "charsToH1First",
        "headingInArticle", "headingInMain", "headingHasBreak", "typographicTwin", "hasTypographicPunctuation",
        "fromTitleWithoutSite", "fromH1WithoutLabel", "hasYear", "extendsH1First", "insideH1First",
    ];

    public static int Index(string name) => Array.IndexOf(Names, name);
}
