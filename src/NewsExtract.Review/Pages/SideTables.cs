using System.Globalization;
using System.Text;
using NewsExtract.Review.Annotations;
using NewsExtract.Review.Decisions;

namespace NewsExtract.Review.Pages;

/// <summary>
/// The side tables of the article view, built from the annotations as they stand after the decisions. Every row
/// and every mention chip carries the key of its highlight, so a click selects and scrolls to it.
/// </summary>
public static class SideTables
{
    public static string Render(IReadOnlyList<ReviewedAnnotation> annotations)
    {
        var html = new StringBuilder();
        var byKind = annotations.GroupBy(a => a.Current.Kind).ToDictionary(g => g.Key, g => g.ToList());
        List<ReviewedAnnotation> Of(string kind) => byKind.TryGetValue(kind, out var list) ? list : [];

        html.Append(Table("officials", "Officials", ["Name", "Title", "Country", "Organisation", "Mentions"],
            Entities(Of(AnnotationKinds.Official)).Select(g => Row(g, [
                Html.E(g[0].Current.Name ?? g[0].Current.Text), Cell(g[0].Current.Title), Cell(g[0].Current.Country),
                Cell(g[0].Current.Organization), Chips(g)]))));
        html.Append(Table("persons", "People", ["Name", "Mentions"],
            Entities(Of(AnnotationKinds.Person)).Select(g => Row(g, [Html.E(g[0].Current.Name ?? g[0].Current.Text), Chips(g)]))));
        html.Append(Table("organizations", "Organisations", ["Name", "Mentions"],
            Entities(Of(AnnotationKinds.Organization)).Select(g => Row(g, [Html.E(g[0].Current.Name ?? g[0].Current.Text), Chips(g)]))));
        html.Append(Table("money", "Money", ["Amount", "Currency", "Measure", "Period", "Change", ""],
            Of(AnnotationKinds.Money).Select(a => Row(a, [
                $"<span class=\"amount\">{Html.E(Amount(a.Current))}</span><div class=\"sub\">{Html.E(a.Current.Text)}</div>",
                Cell(a.Current.Currency), Cell(a.Current.Measure), Cell(a.Current.Period), Cell(a.Current.Change), Chips([a], "show")]))));
        html.Append(Table("events", "Events", ["Type", "Participants", "Place", "Date", "Status", ""],
            Of(AnnotationKinds.Event).Select(a => Row(a, [
                $"<span class=\"event-type\">{Html.E(a.Current.EventType)}</span>", Cell(string.Join(", ", a.Current.Participants.Select(p => a.Current.RoleOf(p) is { } role ? $"{p} ({role})" : p))),
                Cell(a.Current.Location), $"<span class=\"nowrap\">{Cell(a.Current.EventDate)}</span>", Cell(a.Current.EventStatus), Chips([a], "show")]))));
        html.Append(Table("locations", "Locations", ["Name", "Mentions"],
            Entities(Of(AnnotationKinds.Location)).Select(g => Row(g, [Html.E(g[0].Current.Name ?? g[0].Current.Text), Chips(g)]))));
        html.Append(Table("figures", "Percentages and dates", ["Text", "Value", ""],
            Of(AnnotationKinds.Percentage).Concat(Of(AnnotationKinds.Date)).OrderBy(a => a.Current.Start).Select(a => Row(a, [
                Html.E(a.Current.Text),
                Cell(a.Current.Kind == AnnotationKinds.Date ? a.Current.DateValue
                    : $"{a.Current.Value?.ToString(CultureInfo.InvariantCulture)} {(a.Current.Unit == "percentagePoints" ? "pp" : "%")}"),
                Chips([a], "show")]))));
        return html.ToString();
    }

    private static IEnumerable<List<ReviewedAnnotation>> Entities(List<ReviewedAnnotation> mentions) =>
        mentions.GroupBy(m => m.Current.Group).Select(g => g.OrderBy(m => m.Current.Start).ToList()).OrderBy(g => g[0].Current.Start);

    private static string Table(string id, string title, string[] headers, IEnumerable<string> rows)
    {
        var list = rows.ToList();
        var count = list.Count;
        var html = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<section class=\"side-section\" id=\"table-{id}\"><h2>{Html.E(title)} <span class=\"count-pill\">{count}</span></h2>");
        if (count == 0) return html.Append("<p class=\"none\">None found.</p></section>").ToString();
        html.Append("<table class=\"side-table\"><thead><tr>");
        foreach (var header in headers) html.Append(CultureInfo.InvariantCulture, $"<th>{Html.E(header)}</th>");
        return html.Append("</tr></thead><tbody>").AppendJoin("", list).Append("</tbody></table></section>").ToString();
    }

    private static string Row(ReviewedAnnotation first, string[] cells) => Row([first], cells);

    /// <summary>A row for an entity's mentions: struck through only when every mention is rejected.</summary>
    private static string Row(IReadOnlyList<ReviewedAnnotation> members, string[] cells)
    {
        var first = members[0];
        var states = members.Select(m => m.State).Distinct().ToList();
        var state = states.Count == 1 ? states[0] : "mixed";
        var html = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<tr class=\"row k-{first.Current.Kind} st-{state}\" data-key=\"{Html.E(first.Key)}\">");
        foreach (var cell in cells) html.Append("<td>").Append(cell).Append("</td>");
        return html.Append("</tr>").ToString();
    }

    private static string Cell(string? value) => string.IsNullOrWhiteSpace(value) ? "<span class=\"muted\">—</span>" : Html.E(value);

    /// <summary>One chip per mention with its state symbol; a click selects the highlight.</summary>
    private static string Chips(IEnumerable<ReviewedAnnotation> mentions, string? caption = null)
    {
        var html = new StringBuilder("<span class=\"chips\">");
        foreach (var m in mentions)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<button type=\"button\" class=\"chip st-{m.State}\" data-key=\"{Html.E(m.Key)}\" title=\"{Html.E(m.Current.Text)} — {m.State}\">" +
                $"<span class=\"state-mark\" aria-label=\"{m.State}\"></span><span class=\"chip-text\">{Html.E(caption ?? m.Current.Text)}</span></button>");
        }
        return html.Append("</span>").ToString();
    }

    private static string Amount(Annotation money)
    {
        if (money.Amount is not { } amount) return "?";
        var text = amount.ToString("#,0.##", CultureInfo.InvariantCulture);
        return money.AmountMax is { } max ? $"{text}–{max.ToString("#,0.##", CultureInfo.InvariantCulture)}" : text;
    }
}
