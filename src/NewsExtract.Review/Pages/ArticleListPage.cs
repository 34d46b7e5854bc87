using System.Globalization;
using System.Text;
using NewsExtract.Core.Documents;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Pages;

/// <summary>The article list: a filter bar (text, source, dates, entity, event type, status), a table and paging.</summary>
public static class ArticleListPage
{
    public static string Render(
        RecordPage page, RecordFilter filter, IReadOnlyList<string> sources, IReadOnlyDictionary<string, (int Decided, int Total)> progress,
        string csrfToken, string reviewer, bool queueDone = false, bool signOut = false, (int Assigned, int Eligible)? sampled = null)
    {
        var body = new StringBuilder();
        body.Append("<main class=\"list-main\">");
        if (queueDone)
            body.Append("<p class=\"notice\" role=\"status\">Nothing left to review under this filter.</p>");
        if (sampled is { } sample)
            body.Append(CultureInfo.InvariantCulture,
                $"<p class=\"notice\" role=\"status\" id=\"sample-notice\">Second opinions assigned on {sample.Assigned} of {sample.Eligible} eligible articles.</p>");
        body.Append("<form class=\"filters\" method=\"get\" action=\"/\" role=\"search\">");
        body.Append(Field("q", "Search", $"<input id=\"q\" name=\"q\" type=\"search\" placeholder=\"Title or text\" value=\"{Html.E(filter.Text)}\">"));
        body.Append(Field("source", "Source", Select("source", sources.Select(s => (s, s)), filter.Source, "All sources")));
        body.Append(Field("from", "From", $"<input id=\"from\" name=\"from\" type=\"date\" value=\"{Date(filter.From)}\">"));
        body.Append(Field("to", "To", $"<input id=\"to\" name=\"to\" type=\"date\" value=\"{Date(filter.To)}\">"));
        body.Append(Field("entity", "Entity", $"<input id=\"entity\" name=\"entity\" type=\"text\" placeholder=\"Name\" value=\"{Html.E(filter.Entity)}\">"));
        body.Append(Field("event", "Event type", Select("event", EventTypes.All.Select(t => (t, t)), filter.EventType, "Any event")));
        body.Append(Field("status", "Review status", Select("status",
            [(ReviewStatuses.Open, "Still to review"), (ReviewStatuses.Unreviewed, "Unreviewed"), (ReviewStatuses.InProgress, "In progress"), (ReviewStatuses.Reviewed, "Reviewed")],
            filter.Status, "Any status")));
        body.Append(Field("assigned", "Assigned", $"<label class=\"check\"><input id=\"assigned\" name=\"assigned\" type=\"checkbox\" value=\"{Server.ListQuery.Me}\"{(filter.AssignedTo is null ? "" : " checked")}> to me</label>"));
        if (filter.Sort is { } sort) body.Append($"<input type=\"hidden\" name=\"sort\" value=\"{Html.E(sort)}\">");
        if (filter.Descending is { } desc) body.Append($"<input type=\"hidden\" name=\"dir\" value=\"{(desc ? "desc" : "asc")}\">");
        body.Append("<div class=\"filter-actions\"><button type=\"submit\" class=\"btn primary\">Filter</button><a class=\"btn\" href=\"/\">Clear</a></div>");
        body.Append("</form>");

        var first = page.Total == 0 ? 0 : (page.Page - 1) * page.PageSize + 1;
        var last = Math.Min(page.Total, page.Page * page.PageSize);
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"count\" id=\"result-count\">{first}–{last} of {page.Total} articles</p>");
        var queue = Server.ListQuery.Of(filter);
        body.Append(CultureInfo.InvariantCulture,
            $"<p class=\"queue-start\"><a class=\"btn primary\" id=\"start-queue\" href=\"/next?{Html.E(queue)}\">Review the next article still to review{(queue.Length > 0 ? " under this filter" : "")} →</a></p>");
        body.Append(SampleForm(queue, csrfToken));
        if (page.Items.Count == 0)
        {
            body.Append(IsFiltered(filter)
                ? "<p class=\"empty\">No articles match these filters. <a href=\"/\">Clear the filters</a> to see every article.</p>"
                : "<p class=\"empty\">No articles yet. The worker stores records here after <code>newsextract run --once</code>.</p>");
        }
        else
        {
            body.Append("<div class=\"table-wrap\"><table class=\"articles\"><thead><tr>")
                .Append(SortHeader("Title", RecordSorts.Title, filter)).Append(SortHeader("Source", RecordSorts.Source, filter))
                .Append(SortHeader("Published", RecordSorts.Published, filter))
                .Append("<th title=\"People and officials\">PER</th><th title=\"Organisations\">ORG</th><th title=\"Amounts of money\">MONEY</th><th title=\"Events\">EVENT</th>")
                .Append("<th>Decided</th>").Append(SortHeader("Status", RecordSorts.Status, filter)).Append("<th>Last decision</th></tr></thead><tbody>");
            foreach (var item in page.Items)
            {
                var (decided, total) = progress.TryGetValue(item.Id, out var p) ? p : (0, 0);
                var link = $"/articles/{Html.Q(item.Id)}" + (queue.Length > 0 ? "?queue=" + Html.Q(queue) : "");
                body.Append(CultureInfo.InvariantCulture,
                    $"<tr data-id=\"{Html.E(item.Id)}\"><td class=\"title\" data-th=\"Title\"><a href=\"{Html.E(link)}\">{Html.E(item.Title ?? "(untitled) " + item.Id)}</a></td>" +
                    $"<td data-th=\"Source\">{Html.E(item.Source)}</td><td class=\"nowrap\" data-th=\"Published\">{Html.E(Published(item.PublishedAt))}</td>" +
                    $"<td class=\"num\" data-th=\"PER\">{item.People}</td><td class=\"num\" data-th=\"ORG\">{item.Organizations}</td><td class=\"num\" data-th=\"MONEY\">{item.Money}</td><td class=\"num\" data-th=\"EVENT\">{item.Events}</td>" +
                    $"<td class=\"num progress-cell\" data-th=\"Decided\"><span class=\"decided\">{decided}/{total}</span> <progress max=\"{Math.Max(1, total)}\" value=\"{decided}\" aria-label=\"{decided} of {total} decided\"></progress></td>" +
                    $"<td data-th=\"Status\">{StatusBadge.Render(item.Status)}</td>" +
                    $"<td class=\"muted\" data-th=\"Last decision\">{Html.E(item.LastReviewer is null ? "" : $"{item.LastReviewer}, {Published(item.LastReviewedAt)}")}</td></tr>");
            }
            body.Append("</tbody></table></div>");
        }
        body.Append("<nav class=\"pager\">");
        if (page.Page > 1) body.Append(CultureInfo.InvariantCulture, $"<a class=\"btn\" rel=\"prev\" href=\"{PageLink(filter, page.Page - 1)}\">← Previous</a>");
        body.Append(CultureInfo.InvariantCulture, $"<span>Page {page.Page} of {page.PageCount}</span>");
        if (page.Page < page.PageCount) body.Append(CultureInfo.InvariantCulture, $"<a class=\"btn\" rel=\"next\" href=\"{PageLink(filter, page.Page + 1)}\">Next →</a>");
        body.Append("</nav></main>");
        return PageLayout.Render("Articles", body.ToString(), csrfToken, reviewer, "list-page", signOut);
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

    private static string PageLink(RecordFilter filter, int page) => Html.E("/?" + Server.ListQuery.Of(filter, page));

    /// <summary>
    /// Gives a reviewer a blind second opinion on a share of the articles under the list's filter (those they review
    /// first are left out); the statistics page then compares the two reviewers per type.
    /// </summary>
    private static string SampleForm(string queue, string csrfToken) =>
        "<details class=\"sample\"><summary>Second opinions on a sample</summary>" +
        "<form method=\"post\" action=\"/sample\" class=\"sample-form\">" +
        $"<input type=\"hidden\" name=\"csrf\" value=\"{Html.E(csrfToken)}\"><input type=\"hidden\" name=\"queue\" value=\"{Html.E(queue)}\">" +
        "<div class=\"field\"><label for=\"sample-assignee\">Second reviewer</label><input id=\"sample-assignee\" name=\"assignee\" required maxlength=\"64\" autocomplete=\"off\"></div>" +
        "<div class=\"field\"><label for=\"sample-percent\">Share of the articles (%)</label><input id=\"sample-percent\" name=\"percent\" type=\"number\" min=\"1\" max=\"100\" value=\"10\" required></div>" +
        "<button type=\"submit\" class=\"btn\">Assign the sample</button></form></details>";

    private static bool IsFiltered(RecordFilter filter) =>
        !string.IsNullOrWhiteSpace(filter.Text) || !string.IsNullOrWhiteSpace(filter.Source) || filter.From is not null || filter.To is not null
        || !string.IsNullOrWhiteSpace(filter.Entity) || !string.IsNullOrWhiteSpace(filter.EventType) || filter.Status is not null
        || filter.AssignedTo is not null;

    /// <summary>A column header that sorts by its column; a second press reverses the order. aria-sort says the current order.</summary>
    private static string SortHeader(string text, string sort, RecordFilter filter)
    {
        var current = (filter.Sort ?? RecordSorts.Published) == sort;
        var descending = filter.Descending ?? (filter.Sort is null or RecordSorts.Published);
        var next = current ? !descending : sort == RecordSorts.Published;
        var aria = current ? $" aria-sort=\"{(descending ? "descending" : "ascending")}\"" : "";
        var arrow = current ? (descending ? " ▼" : " ▲") : "";
        var href = Html.E("/?" + Server.ListQuery.Of(filter, null, sort, next));
        return $"<th{aria}><a class=\"sort\" href=\"{href}\">{Html.E(text)}{arrow}</a></th>";
    }
}
