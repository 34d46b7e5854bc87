namespace NewsExtract.Storage.Review;

/// <summary>A page of the article list with the total number of matching records.</summary>
public sealed record RecordPage(IReadOnlyList<RecordSummary> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
