namespace NewsExtract.Training.Records;

/// <summary>A person, organisation or location as the scorer sees it: name and mention ranges.</summary>
public sealed record ScoredEntity(string Name, IReadOnlyList<(int Start, int End)> Mentions);
