using NewsExtract.Extraction.Gazetteers;

namespace NewsExtract.Extraction.Lexicons;

/// <summary>
/// Head nouns of the names of built places ("Street", "Bridge", "Airport", "Palace"): curated data,
/// <c>models/gazetteer/curated/facility-words.tsv</c>. Compared without regard to case.
/// </summary>
public static class FacilityWords
{
    public const string FileName = "facility-words.tsv";

    private static readonly HashSet<string> Words = CuratedList.ReadWords(FileName);

    public static bool Contains(string word) => Words.Contains(word);
}
