using System.Globalization;
using System.Text;
using NewsExtract.Review.Annotations;
using NewsExtract.Review.Decisions;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Pages;

/// <summary>
/// The part of the article view that changes with each decision: header with status, the highlighted text, the
/// side tables (officials, people, organisations, locations, money, events, percentages and dates) whose rows link
/// to their highlights, and the annotations as JSON for the script. Sent whole after every POST.
/// </summary>
public static class ArticleWorkspace
{
    public static string Render(ArticleView view)
    {
        var record = view.Stored.Record;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture,
            $"<div id=\"workspace\" data-id=\"{Html.E(record.Id)}\" data-revision=\"{record.Revision}\" data-status=\"{Html.E(view.Status)}\">");

        var decided = view.Annotations.Count(a => a.State != AnnotationStates.Pending);
        html.Append("<section class=\"article-head\"><div class=\"crumbs\"><a href=\"/\">Articles</a> <span aria-hidden=\"true\">›</span> ")
            .Append(Html.E(record.Source.Name)).Append("</div>");
        html.Append(CultureInfo.InvariantCulture, $"<h1 id=\"article-title\">{Html.E(record.Title ?? "(untitled)")}</h1>");
        html.Append("<div class=\"meta\">");
        html.Append(CultureInfo.InvariantCulture, $"<span>{Html.E(record.Source.Name)}</span>");
        if (record.PublishedAt is { } published)
            html.Append(CultureInfo.InvariantCulture, $"<span>{published:yyyy-MM-dd HH:mm}</span>");
        if (record.Url is { } url)
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"{Html.E(SafeUrl(url))}\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">original</a>");
        html.Append(CultureInfo.InvariantCulture, $"<span>revision {record.Revision}{(view.Stored.LatestRevision > record.Revision ? $" (latest is {view.Stored.LatestRevision})" : "")}</span>");
        html.Append(CultureInfo.InvariantCulture, $"<span id=\"review-status\" data-status=\"{Html.E(view.Status)}\">{StatusBadge.Render(view.Status)}</span>");
        if (view.Completion is { } completion)
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"muted\">by {Html.E(completion.Reviewer)} at {completion.CompletedAt:yyyy-MM-dd HH:mm}</span>");
        else if (view.Decisions.Count > 0)
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"muted\">last: {Html.E(view.Decisions[^1].Reviewer)} at {view.Decisions[^1].DecidedAt:yyyy-MM-dd HH:mm}</span>");
        html.Append("</div>");
        html.Append(Assignments(view));
        html.Append(CultureInfo.InvariantCulture,
            $"<div class=\"progress\"><progress max=\"{Math.Max(1, view.Annotations.Count)}\" value=\"{decided}\" aria-labelledby=\"progress-text\"></progress>" +
            $"<span id=\"progress-text\" data-decided=\"{decided}\" data-total=\"{view.Annotations.Count}\">{decided} of {view.Annotations.Count} decided</span>" +
            $"<button type=\"button\" class=\"btn {(view.Status == ReviewStatuses.Reviewed ? "" : "primary")}\" id=\"complete-button\" data-done=\"{(view.Status == ReviewStatuses.Reviewed ? "false" : "true")}\">" +
            $"{(view.Status == ReviewStatuses.Reviewed ? "Reopen review" : "Mark article reviewed")} <kbd>c</kbd></button></div>");
        html.Append("</section>");

        html.Append("<div class=\"panes\"><article class=\"doc-pane\">");
        html.Append(Legend());
        html.Append("<div id=\"doc\" class=\"doc\">").Append(HighlightRenderer.Render(record.Text, view.Annotations)).Append("</div>");
        html.Append("</article><aside class=\"side\" aria-label=\"Extractions\">");
        html.Append(SideTables.Render(view.Annotations));
        html.Append(HistoryPanel.Render(view.History));
        html.Append("</aside></div>");
        html.Append("<script type=\"application/json\" id=\"annotations-data\">").Append(AnnotationJson.Serialize(Navigable(view.Annotations))).Append("</script>");
        html.Append("</div>");
        return html.ToString();
    }

    /// <summary>The order j/k walk: text order, an event's sentence before the mentions inside it.</summary>
    public static IReadOnlyList<ReviewedAnnotation> Navigable(IReadOnlyList<ReviewedAnnotation> annotations) =>
        [.. annotations.OrderBy(a => a.Current.Start).ThenBy(a => a.Current.Kind == AnnotationKinds.Event ? 0 : 1).ThenByDescending(a => a.Current.End)];

    /// <summary>The legend, whose items are also toggles that show or hide each type's highlights (the text stays).</summary>
    private static string Legend()
    {
        var html = new StringBuilder("<div class=\"legend\" role=\"group\" aria-label=\"Highlight types: press to show or hide\">");
        foreach (var kind in AnnotationKinds.All)
            html.Append(CultureInfo.InvariantCulture,
                $"<button type=\"button\" class=\"legend-item k-{kind}\" data-toggle-kind=\"{kind}\" aria-pressed=\"true\" title=\"Show or hide {AnnotationKinds.Title(kind).ToLowerInvariant()} highlights\">" +
                $"<span class=\"swatch\" aria-hidden=\"true\"></span>{AnnotationKinds.Label(kind)} <span class=\"muted\">{AnnotationKinds.Title(kind)}</span></button>");
        html.Append("<button type=\"button\" class=\"legend-item labels-toggle\" id=\"labels-toggle\" aria-pressed=\"false\">Labels on every highlight</button>");
        html.Append("<span class=\"legend-states\"><span>✓ accepted</span><span>✗ rejected</span><span>✎ corrected</span><span>+ added</span></span>");
        return html.Append("</div>").ToString();
    }

    /// <summary>Who the article is assigned to, the viewer's role when second, and a small form to assign it.</summary>
    private static string Assignments(ArticleView view)
    {
        var html = new StringBuilder("<div class=\"assignments\">");
        if (view.Role == ReviewRoles.Second)
            html.Append("<span class=\"badge second-badge\">Second opinion: you see only your own decisions</span> ");
        html.Append("<span class=\"muted\">Assigned:</span> ");
        html.Append(view.Assignments.Count == 0 ? "<span class=\"muted\">nobody</span>"
            : string.Join(", ", view.Assignments.Select(a => $"<span class=\"assignee\">{Html.E(a.Reviewer)} ({Html.E(a.Role)}{(a.CompletedAt is null ? "" : ", done")})</span>")));
        html.Append("<form id=\"assign-form\" class=\"assign-form\"><label for=\"assign-name\" class=\"sr-only\">Reviewer to assign</label>")
            .Append("<input id=\"assign-name\" name=\"assignee\" placeholder=\"reviewer\" required maxlength=\"64\">")
            .Append("<label for=\"assign-role\" class=\"sr-only\">Role</label><select id=\"assign-role\" name=\"role\"><option value=\"first\">first</option><option value=\"second\">second</option></select>")
            .Append("<button type=\"submit\" class=\"btn\">Assign</button></form>");
        return html.Append("</div>").ToString();
    }

    private static string SafeUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.ToString() : "#";
}
