using System.Globalization;
using Microsoft.AspNetCore.Http;
using NewsExtract.Review.Pages;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Server;

/// <summary>
/// The article list's query string both ways: read into a <see cref="RecordFilter"/>, and written back (for paging,
/// sorting and the review queue, which carries the list's filter from article to article).
/// </summary>
public static class ListQuery
{
    /// <summary>The value of "assigned" that asks for the requesting reviewer's own articles.</summary>
    public const string Me = "me";

    /// <summary>The filter for a request, with "assigned to me" resolved to <paramref name="reviewer"/>.</summary>
    public static RecordFilter Filter(IQueryCollection query, string reviewer) =>
        Filter(query) is { AssignedTo: not null } mine ? mine with { AssignedTo = reviewer } : Filter(query);

    public static RecordFilter Filter(IQueryCollection query)
    {
        // An article page carries the list's filter in one "queue" parameter.
        if (query.ContainsKey("queue"))
            query = new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query["queue"].ToString()));
        static DateOnly? Date(string value) =>
            DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        var status = query["status"].ToString();
        var sort = query["sort"].ToString();
        var dir = query["dir"].ToString();
        return new RecordFilter
        {
            Text = query["q"].ToString(),
            Source = query["source"].ToString(),
            From = Date(query["from"].ToString()),
            To = Date(query["to"].ToString()),
            Entity = query["entity"].ToString(),
            EventType = query["event"].ToString(),
            Status = ReviewStatuses.All.Contains(status) || status == ReviewStatuses.Open ? status : null,
            // "assigned=me": the endpoint puts the requesting reviewer's name in place of Me.
            AssignedTo = query["assigned"].ToString() == Me ? Me : null,
            Sort = RecordSorts.All.Contains(sort) ? sort : null,
            Descending = dir switch { "asc" => false, "desc" => true, _ => null },
            Page = int.TryParse(query["page"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1,
        };
    }

    /// <summary>The list's filter as a query string (no paging), for the queue: from "queue" on an article page, else the list's own keys.</summary>
    public static string Queue(IQueryCollection query) => Of(Filter(query));

    /// <summary>The filter as a query string without the page; empty when nothing is set.</summary>
    public static string Of(RecordFilter filter, int? page = null, string? sort = null, bool? descending = null)
    {
        var parts = new List<string>();
        void Add(string key, string? value) { if (!string.IsNullOrEmpty(value)) parts.Add($"{key}={Html.Q(value)}"); }
        Add("q", filter.Text);
        Add("source", filter.Source);
        Add("from", filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("entity", filter.Entity);
        Add("event", filter.EventType);
        Add("status", filter.Status);
        if (filter.AssignedTo is not null) Add("assigned", Me);
        Add("sort", sort ?? filter.Sort);
        var desc = sort is null ? filter.Descending : descending;
        if (desc is { } d) Add("dir", d ? "desc" : "asc");
        if (page is { } p) Add("page", p.ToString(CultureInfo.InvariantCulture));
        return string.Join("&", parts);
    }
}
