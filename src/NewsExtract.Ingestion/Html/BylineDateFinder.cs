using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// A date printed in the byline or the short line that holds it, where no element names a date: "by Ann Lee » Tue
/// Aug 27, 2019 1:47 am" (a forum's first post), "&lt;p&gt;Written by Ann Lee&lt;/p&gt;&lt;p&gt;April 8, 2024&lt;/p&gt;", an
/// author box "&lt;p&gt;Ann Lee&lt;/p&gt;&lt;small&gt;December 17, 2025&lt;/small&gt;". The first byline element
/// (<see cref="PageScan.AuthorItems"/>, then <see cref="PageScan.BylineLabels"/>) outside comments, lists of other
/// stories and sidebars whose line gives a date is taken, never one among customer reviews (an element classed
/// "review" holds it: the reviewer's name and the day of the review) nor a member's profile beside a forum post
/// ("Posts: 138 Joined: 4. Jul 2012"); a line that labels its date an update
/// (<see cref="UpdateLabel"/>, "Updated …") is passed over, and so is one whose date is a link (another story's).
/// </summary>
public static partial class BylineDateFinder
{
    /// <summary>Enclosing elements looked at above the byline element, and the longest line that counts.</summary>
    private const int MaxLevels = 2, MaxLineChars = 120;

    /// <summary>Byline elements looked at, in document order.</summary>
    private const int MaxBylines = 5;

    public static DateTimeOffset? Find(PageScan scan, IReadOnlySet<HtmlNode> headingAncestors)
    {
        foreach (var byline in scan.AuthorItems.Concat(scan.BylineLabels).Where(b => !PageRegion.IsElsewhere(b, headingAncestors) && !InReview(b)).Take(MaxBylines))
        {
            var n = 0;
            for (var line = byline; line is not null && line.NodeType == HtmlNodeType.Element && n <= MaxLevels && !headingAncestors.Contains(line);
                 line = line.ParentNode, n++)
            {
                var text = TextNormalizer.Clean(line.InnerText);
                if (text.Length > MaxLineChars)
                    break;
                if (DateParsing.FindInText(text) is not { } date)
                    continue;
                if (PublicationDateFinder.IsUpdate(text.ToLowerInvariant()) || MemberProfile().IsMatch(text) || UpdateLabel.Precedes(line) || DateInLink(line))
                    break;
                return date;
            }
        }
        return null;
    }

    /// <summary>Whether an element around the byline is classed or named as a review ("stamped-review", "customer_review_author").</summary>
    private static bool InReview(HtmlNode node)
    {
        var n = 0;
        for (var a = node; a is not null && a.NodeType == HtmlNodeType.Element && n < MaxReviewAncestors; a = a.ParentNode, n++)
        {
            if (a.Attributes.Count > 0 && (a.GetAttributeValue("class", "") + " " + a.GetAttributeValue("id", "")).Contains("review", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private const int MaxReviewAncestors = 12;

    private static bool DateInLink(HtmlNode line) =>
        line.Descendants("a").Any(a => DateParsing.FindInText(TextNormalizer.Clean(a.InnerText)) is not null);

    /// <summary>Words of a member's profile, whose date is when the member signed up.</summary>
    [GeneratedRegex(@"\b(?:joined|member since|registered)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MemberProfile();
}
