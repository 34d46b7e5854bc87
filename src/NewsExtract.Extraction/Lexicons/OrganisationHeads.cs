using NewsExtract.Extraction.Gazetteers;

namespace NewsExtract.Extraction.Lexicons;

/// <summary>
/// Head nouns of organisation names ("Committee", "Ministry", "Council"): curated data,
/// <c>models/gazetteer/curated/organisation-heads.tsv</c>. Compared without regard to case.
/// </summary>
public static class OrganisationHeads
{
    public const string FileName = "organisation-heads.tsv";

    private static readonly HashSet<string> Words = CuratedList.ReadWords(FileName);

    public static bool Contains(string word) => Words.Contains(word);

    /// <summary>True for the head of a body's name or a company's (<see cref="CompanyWords"/>): "Ministry", "Foundation", "Airways".</summary>
    public static bool IsBodyOrCompanyHead(string word) => Words.Contains(word) || CompanyWords.Contains(word);
}
