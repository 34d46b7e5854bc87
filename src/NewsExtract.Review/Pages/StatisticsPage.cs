using System.Globalization;
using System.Text;
using NewsExtract.Review.Annotations;
using NewsExtract.Review.Statistics;

namespace NewsExtract.Review.Pages;

/// <summary>
/// The statistics page: reviewed per day and per reviewer, acceptance per type and per component version, the
/// most-rejected extractions, agreement between first and second reviewers per type, the disagreements to settle
/// (each links to its extraction), and the export buttons.
/// </summary>
public static class StatisticsPage
{
    public static string Render(ReviewStatistics stats, string csrfToken, string reviewer, bool signOut = false)
    {
        var body = new StringBuilder("<main class=\"list-main stats-main\"><h1>Review statistics</h1>");
        body.Append("<section class=\"stats-card\" aria-labelledby=\"exports-title\"><h2 id=\"exports-title\">Export</h2><div class=\"exports\">")
            .Append("<a class=\"btn primary\" href=\"/export/reviews.jsonl\" download>Reviews (JSONL)</a>")
            .Append("<a class=\"btn\" href=\"/export/reviews.jsonl?records=true\" download=\"reviewed-records.jsonl\">Reviewed records (JSONL)</a>")
            .Append("<a class=\"btn\" href=\"/export/reviews.conll\" download>Training data (CoNLL)</a></div></section>");
        body.Append("<div class=\"stats-grid\">");

        var maxDay = Math.Max(1, stats.ReviewedPerDay.Select(d => d.Articles).DefaultIfEmpty().Max());
        body.Append(Card("per-day", "Articles reviewed per day", ["Day", "Articles"],
            stats.ReviewedPerDay.Select(d => new[] { Html.E(d.Day), $"{d.Articles} <progress class=\"bar\" max=\"{maxDay}\" value=\"{d.Articles}\" aria-hidden=\"true\"></progress>" })));
        body.Append(Card("per-reviewer", "Per reviewer", ["Reviewer", "Decisions", "Articles reviewed", "Second opinions"],
            stats.PerReviewer.Select(r => new[] { Html.E(r.Reviewer), Num(r.Decisions), Num(r.Completed), Num(r.SecondOpinions) })));
        body.Append(Card("by-type", "Acceptance per type (estimated precision)", ["Type", "Decided", "Accepted", "Corrected", "Rejected", "Accepted %"],
            stats.ByType.Select(r => Row(AnnotationKinds.Title(r.Name), r))));
        body.Append(Card("by-component", "Acceptance per component version", ["Component · version", "Decided", "Accepted", "Corrected", "Rejected", "Accepted %"],
            stats.ByComponent.Select(r => Row(r.Name, r))));
        body.Append(Card("most-rejected", "Most-rejected extractions", ["Type", "Text", "Rejected"],
            stats.MostRejected.Select(r => new[] { Html.E(AnnotationKinds.Label(r.Kind)), Html.E(r.Text), Num(r.Rejected) })));
        body.Append(Card("agreement", "Agreement between first and second reviewers", ["Type", "Compared", "Same outcome", "Cohen's κ"],
            stats.Agreement.Select(a => new[]
            {
                Html.E(AnnotationKinds.Title(a.Kind)), Num(a.Compared), Percent(a.Observed),
                $"<span class=\"kappa\" data-kind=\"{Html.E(a.Kind)}\">{a.Kappa.ToString("0.00", CultureInfo.InvariantCulture)}</span>",
            })));
        // Disagreements grouped by article, extraction text and outcomes; "Settle" opens the first such extraction.
        body.Append(Card("disagreements", "Disagreements to settle (the first reviewer's decision stands until changed)",
            ["Article", "Extraction", "Times", "First", "Second", ""],
            stats.Disagreements.GroupBy(d => (d.RecordId, d.Title, d.Kind, d.Text, d.First, d.Second, d.SecondReviewer)).Take(100).Select(g => new[]
            {
                Html.E(g.Key.Title), $"{Html.E(AnnotationKinds.Label(g.Key.Kind))} “{Html.E(g.Key.Text.Length > 60 ? g.Key.Text[..57] + "…" : g.Key.Text)}”",
                Num(g.Count()), Html.E(g.Key.First), $"{Html.E(g.Key.Second)} <span class=\"muted\">({Html.E(g.Key.SecondReviewer)})</span>",
                $"<a class=\"btn\" href=\"/articles/{Html.Q(g.Key.RecordId)}?settle={Html.Q(g.First().Key)}#{Html.Q(g.First().Key)}\">Settle</a>",
            })));
        body.Append("</div></main>");
        return PageLayout.Render("Statistics", body.ToString(), csrfToken, reviewer, "stats-page", signOut);
    }

    private static string[] Row(string name, AcceptanceRow r) =>
        [Html.E(name), Num(r.Decided), Num(r.Accepted), Num(r.Corrected), Num(r.Rejected), Percent(r.AcceptanceRate)];

    private static string Card(string id, string title, string[] headers, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        var html = new StringBuilder($"<section class=\"stats-card\" id=\"stats-{id}\" aria-labelledby=\"stats-{id}-title\"><h2 id=\"stats-{id}-title\">{Html.E(title)}</h2>");
        if (list.Count == 0) return html.Append("<p class=\"none\">Nothing yet.</p></section>").ToString();
        html.Append("<table class=\"stats-table\"><thead><tr>");
        foreach (var h in headers) html.Append($"<th>{Html.E(h)}</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in list) html.Append("<tr>").AppendJoin("", row.Select(c => $"<td>{c}</td>")).Append("</tr>");
        return html.Append("</tbody></table></section>").ToString();
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
