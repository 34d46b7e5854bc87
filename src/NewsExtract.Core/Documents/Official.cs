namespace NewsExtract.Core.Documents;

/// <summary>
/// A person holding an office: the title as written without the name, the state served (short name) with its
/// ISO 3166-1 alpha-2 code when known, and the body.
/// </summary>
public sealed record Official(string Name, string? Title, string? Country, string? Organization, IReadOnlyList<Mention> Mentions, string? CountryCode = null);
