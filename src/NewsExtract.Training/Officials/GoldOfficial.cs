namespace NewsExtract.Training.Officials;

/// <summary>An official as a gold file gives it: name, title, state served, and mention ranges where the file has them.</summary>
public sealed record GoldOfficial(string Name, string? Title, string? Country, IReadOnlyList<(int Start, int End)> Mentions);
