namespace NewsExtract.Core.Documents;

/// <summary>An event the article reports: its type, who took part, where and when, and the sentence that says so.</summary>
public sealed record ArticleEvent(
    string Type,
    IReadOnlyList<string> Participants,
    string? Location,
    string? Date,
    Mention Sentence);
