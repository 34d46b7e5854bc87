using System.Globalization;
using System.Text;
using NewsExtract.Core.Documents;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Pages;

/// <summary>The article list: a filter bar (text, source, dates, entity, event type, status), a table and paging.</summary>
public static class ArticleListPage
{
    public static string Render(RecordPage page, RecordFilter filter, IReadOnlyList<string> sources, string csrfToken, string reviewer)
    {
        var body = new StringBuilder();
        body.Append("<main class=\"list-main\">");
        body.Append("<form class=\"filters\" method=\"get\" action=\"/\" role=\"search\">");
        body.Append(Field("q", "Search", $"<input id=\"q\" name=\"q\" type=\"search\" placeholder=\"Title or text\" value=\"{Html.E(filter.Text)}\">"));
        body.Append(Field("source", "Source", Select("source", sources.Select(s => (s, s)), filter.Source, "All sources")));
        body.Append(Field("from", "From", $"<input id=\"from\" name=\"from\" type=\"date\" value=\"{Date(filter.From)}\">"));
        body.Append(Field("to", "To", $"<input id=\"to\" name=\"to\" type=\"date\" value=\"{Date(filter.To)}\">"));
        body.Append(Field("entity", "Entity", $"<input id=\"entity\" name=\"entity\" type=\"text\" placeholder=\"Name\" value=\"{Html.E(filter.Entity)}\">"));
        body.Append(Field("event", "Event type", Select("event", EventTypes.All.Select(t => (t, t)), filter.EventType, "Any event")));
        body.Append(Field("status", "Review status", Select("status",
            [(ReviewStatuses.Unreviewed, "Unreviewed"), (ReviewStatuses.InProgress, "In progress"), (ReviewStatuses.Reviewed, "Reviewed")],
            filter.Status, "Any status")));
        body.Append("<div class=\"filter-actions\"><button type=\"submit\" class=\"btn primary\">Filter</button><a class=\"btn\" href=\"/\">Clear</a></div>");
        body.Append("</form>");

        var first = page.Total == 0 ? 0 : (page.Page - 1) * page.PageSize + 1;
        var last = Math.Min(page.Total, page.Page * page.PageSize);
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"count\" id=\"result-count\">{first}–{last} of {page.Total} articles</p>");
        if (page.Items.Count == 0)
        {
            body.Append("<p class=\"empty\">No articles match. The worker stores records here after <code>newsextract run --once</code>.</p>");
        }
        else
        {
            body.Append("<table class=\"articles\"><thead><tr><th>Title</th><th>Source</th><th>Published</th>")
                .Append("<th title=\"People and officials\">PER</th><th title=\"Organisations\">ORG</th><th title=\"Amounts of money\">MONEY</th><th title=\"Events\">EVENT</th>")
                .Append("<th>Status</th><th>Last decision</th></tr></thead><tbody>");
            foreach (var item in page.Items)
            {
                body.Append(CultureInfo.InvariantCulture,
                    $"<tr data-id=\"{Html.E(item.Id)}\"><td class=\"title\"><a href=\"/articles/{Html.Q(item.Id)}\">{Html.E(item.Title ?? "(untitled) " + item.Id)}</a></td>" +
                    $"<td>{Html.E(item.Source)}</td><td class=\"nowrap\">{Html.E(Published(item.PublishedAt))}</td>" +
                    $"<td class=\"num\">{item.People}</td><td class=\"num\">{item.Organizations}</td><td class=\"num\">{item.Money}</td><td class=\"num\">{item.Events}</td>" +
                    $"<td>{StatusBadge.Render(item.Status)}</td>" +
                    $"<td class=\"muted\">{Html.E(item.LastReviewer is null ? "" : $"{item.LastReviewer}, {Published(item.LastReviewedAt)}")}</td></tr>");
            }
            body.Append("</tbody></table>");
        }
        body.Append("<nav class=\"pager\">");
        if (page.Page > 1) body.Append(CultureInfo.InvariantCulture, $"<a class=\"btn\" rel=\"prev\" href=\"{PageLink(filter, page.Page - 1)}\">← Previous</a>");
        body.Append(CultureInfo.InvariantCulture, $"<span>Page {page.Page} of {page.PageCount}</span>");
        if (page.Page < page.PageCount) body.Append(CultureInfo.InvariantCulture, $"<a class=\"btn\" rel=\"next\" href=\"{PageLink(filter, page.Page + 1)}\">Next →</a>");
        body.Append("</nav></main>");
        return PageLayout.Render("Articles", body.ToString(), csrfToken, reviewer, "list-page");
    }

    private static string Field(string id, string label, string control) =>
        $"<div class=\"field\"><label for=\"{id}\">{Html.E(label)}</label>{control}</div>";

    private static string Select(string name, IEnumerable<(string Value, string Text)> options, string? selected, string any)
    {
        var html = new StringBuilder($"<select id=\"{name}\" name=\"{name}\"><option value=\"\">{Html.E(any)}</option>");
        foreach (var (value, text) in options)
            html.Append($"<option value=\"{Html.E(value)}\"{(value == selected ? " selected" : "")}>{Html.E(text)}</option>");
        return html.Append("</select>").ToString();
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Published(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : value ?? "—";

    private static string PageLink(RecordFilter filter, int page)
    {
        var query = new List<string>();
        void Add(string key, string? value) { if (!string.IsNullOrEmpty(value)) query.Add($"{key}={Html.Q(value)}"); }
        Add("q", filter.Text);
        Add("source", filter.Source);
        Add("from", Date(filter.From));
        Add("to", Date(filter.To));
        Add("entity", filter.Entity);
        Add("event", filter.EventType);
        Add("status", filter.Status);
        Add("page", page.ToString(CultureInfo.InvariantCulture));
        return Html.E("/?" + string.Join("&", query));
    }
}
