using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// An official being assembled: the person, the accepted title links, and the mentions so far (nominal references
/// such as "the minister" are added to them).
/// </summary>
public sealed class OfficialDraft(Entity person, IReadOnlyList<OfficialCandidate> links)
{
    public Entity Person { get; } = person;

    public IReadOnlyList<OfficialCandidate> Links { get; } = links;

    public List<Mention> Mentions { get; } = [.. person.Mentions];

    /// <summary>
    /// The title of the most probable link, an office held besides another (<see cref="TitleMatch.Additional"/>) last;
    /// among equally probable ones the most specific: the longest.
    /// </summary>
    public TitleMatch Title { get; } = links.OrderBy(l => l.Title.Additional).ThenByDescending(l => Math.Round(l.Score, 1))
        .ThenByDescending(l => l.Title.Title.Length).First().Title;

    /// <summary>The state the titles name ("Azerbaijani Ambassador", "Minister of Economy of Russia"), else null.</summary>
    public string? TitleCountry => Title.Country ?? Links.Select(l => l.Title.Country).FirstOrDefault(c => c is not null);

    public string? Organization => Title.Organization ?? Links.Select(l => l.Title.Organization).FirstOrDefault(c => c is not null);
}
