using System.Globalization;
using System.Text;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Pages;

/// <summary>
/// The article's decision history, newest first: who decided what and when — a correction or addition also with
/// what it set (<see cref="DecisionSummary"/>: the participant whose role changed and the new role, and so on) —
/// batches shown as one line with their size, undone decisions kept and marked with when they were undone.
/// </summary>
public static class HistoryPanel
{
    public static string Render(IReadOnlyList<ReviewDecision> history)
    {
        var html = new StringBuilder("<section class=\"side-section\" id=\"history\"><details><summary><h2>History <span class=\"count-pill\">")
            .Append(history.Count.ToString(CultureInfo.InvariantCulture)).Append("</span></h2></summary>");
        if (history.Count == 0) return html.Append("<p class=\"none\">No decisions yet.</p></details></section>").ToString();
        html.Append("<ol class=\"history\" reversed>");
        foreach (var group in history.GroupBy(d => d.Batch ?? -d.Sequence).Reverse())
        {
            var first = group.First();
            var undone = first.UndoneAt is not null;
            var what = group.Count() > 1 ? $"{first.Action} ×{group.Count()} ({Target(first.Target)}…)" : $"{first.Action} {Target(first.Target)}";
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"{(undone ? "undone" : "")}\" data-seq=\"{first.Sequence}\">")
                .Append(CultureInfo.InvariantCulture, $"<span class=\"h-what\">{Html.E(what)}</span> ");
            if (group.Count() == 1 && DecisionSummary.Changes(first) is { Count: > 0 } changes)
                html.Append("<span class=\"h-changes\">").Append(Html.E(string.Join("; ", changes))).Append("</span> ");
            html
                .Append(CultureInfo.InvariantCulture, $"<span class=\"muted\">{Html.E(first.Reviewer)}, {first.DecidedAt:yyyy-MM-dd HH:mm:ss}</span>");
            if (first.UndoneAt is { } at)
                html.Append(CultureInfo.InvariantCulture, $" <span class=\"badge undone-badge\">undone {at:HH:mm:ss}</span>");
            html.Append("</li>");
        }
        return html.Append("</ol></details></section>").ToString();
    }

    private static string Target(string key) => key.Length > 40 ? key[..40] : key;
}
