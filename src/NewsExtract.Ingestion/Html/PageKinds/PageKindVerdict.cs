using System.Globalization;

namespace NewsExtract.Ingestion.Html.PageKinds;

/// <summary>
/// Whether a page is an article (<see cref="IsArticle"/>), the classifier's score against its threshold, and the
/// page's telling features in words (<see cref="Evidence"/>), which the worker records as the reason a page that is
/// not an article gives no record.
/// </summary>
public sealed record PageKindVerdict(bool IsArticle, double Score, double Threshold, string Evidence)
{
    /// <summary>One line for logs and the state's failure reason: "score -1.2 below 0.3; og:type website, 4 of 30 headings linked, …".</summary>
    public string Reason => string.Create(CultureInfo.InvariantCulture,
        $"article score {Score:F2} {(IsArticle ? "above" : "below")} {Threshold:F2}; {Evidence}");

    /// <summary>The features a reader checks first, in words.</summary>
    internal static string Describe(float[] f)
    {
        float V(string name) => f[PageKindFeatures.Index(name)];
        var declared = V("declaredArticle") > 0 ? "declares itself an article"
            : V("ogWebsite") > 0 ? "og:type website"
            : V("ogProduct") > 0 || V("ldProduct") > 0 ? "declares a product"
            : V("ldList") > 0 ? "declares a list"
            : V("ldForum") > 0 ? "declares a forum thread"
            : "declares no type";
        return string.Create(CultureInfo.InvariantCulture,
            $"{declared}; {(V("hasDate") > 0 ? "dated" : "no publication date")}; body {V("bodyWords"):F0} words in {V("bodyParagraphs"):F0} paragraphs; "
            + $"{V("linkWordShare"):P0} of the page's words in links; {V("linkedHeadings"):F0} of {V("headings"):F0} headings linked");
    }
}
