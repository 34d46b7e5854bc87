using NewsExtract.Extraction.Gazetteers;

namespace NewsExtract.Extraction.Lexicons;

/// <summary>
/// Head nouns of organisation names ("Committee", "Ministry", "Council"): curated data,
/// <c>models/gazetteer/curated/organisation-heads.tsv</c>. Compared without regard to case.
/// </summary>
public static class OrganisationHeads
{
    public const string FileName = "organisation-heads.tsv";

    private static readonly HashSet<string> Words = new(CuratedList.Read(FileName, columns: 1).Select(r => r[0]), StringComparer.OrdinalIgnoreCase);

    public static bool Contains(string word) => Words.Contains(word);
}
