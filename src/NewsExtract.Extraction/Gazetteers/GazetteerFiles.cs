namespace NewsExtract.Extraction.Gazetteers;

/// <summary>
/// The file layout of the world gazetteer (<c>models/gazetteer/</c>): one tab-separated file per kind of entry, a header
/// line naming the columns, lists inside a column separated by <see cref="ListSeparator"/>. The builder
/// (<c>newsextract build gazetteer</c>) writes it; <see cref="WorldGazetteer"/> reads it.
/// </summary>
public static class GazetteerFiles
{
    public const string Countries = "countries.tsv";
    public const string Places = "places.tsv";
    public const string Organisations = "organisations.tsv";
    public const string Titles = "titles.tsv";
    public const string Card = "GAZETTEER_CARD.md";

    public const char ListSeparator = '|';

    public static readonly string[] CountryColumns = ["iso2", "iso3", "name", "official", "other_names", "adjectives", "demonyms", "capital", "currency", "geonameid", "population"];
    public static readonly string[] PlaceColumns = ["geonameid", "name", "other_names", "country", "admin1", "kind", "population"];
    public static readonly string[] OrganisationColumns = ["name", "abbreviations", "other_names", "wikidata"];
    public static readonly string[] TitleColumns = ["title", "count"];

    /// <summary>Joins list items, dropping empty ones and any that would break the format (tabs, separators, new lines).</summary>
    public static string JoinList(IEnumerable<string> items) =>
        string.Join(ListSeparator, items.Where(i => i.Length > 0 && i.IndexOfAny(['\t', '\n', '\r', ListSeparator]) < 0));

    public static IReadOnlyList<string> SplitList(string column) =>
        column.Length == 0 ? [] : column.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A single-valued column with tabs and line breaks replaced by spaces.</summary>
    public static string Clean(string? value) => (value ?? "").Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ').Trim();
}
