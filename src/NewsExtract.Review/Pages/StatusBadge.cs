using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Pages;

/// <summary>The review-status badge: a word and a symbol as well as a colour.</summary>
public static class StatusBadge
{
    public static string Render(string status) => status switch
    {
        ReviewStatuses.Reviewed => """<span class="badge status-reviewed">✓ Reviewed</span>""",
        ReviewStatuses.InProgress => """<span class="badge status-in_progress">◐ In progress</span>""",
        _ => """<span class="badge status-unreviewed">○ Unreviewed</span>""",
    };
}
