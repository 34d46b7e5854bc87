using NewsExtract.Extraction.Gazetteers;

namespace NewsExtract.Extraction.Lexicons;

/// <summary>
/// Legal forms and head nouns that make a capitalised name a company's ("Group", "LLC", "Plant"): curated data,
/// <c>models/gazetteer/curated/company-words.tsv</c>. Compared without regard to case.
/// </summary>
public static class CompanyWords
{
    public const string FileName = "company-words.tsv";

    private static readonly HashSet<string> Words = CuratedList.ReadWords(FileName);

    public static bool Contains(string word) => Words.Contains(word);
}
