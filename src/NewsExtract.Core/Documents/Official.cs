namespace NewsExtract.Core.Documents;

/// <summary>A person holding an office: the title as written without the name, the state served and the body.</summary>
public sealed record Official(string Name, string? Title, string? Country, string? Organization, IReadOnlyList<Mention> Mentions);
