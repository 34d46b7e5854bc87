namespace NewsExtract.Training.Records;

/// <summary>An official as the scorer sees it: name, title, country and mention ranges.</summary>
public sealed record ScoredOfficial(string Name, string? Title, string? Country, IReadOnlyList<(int Start, int End)> Mentions);
