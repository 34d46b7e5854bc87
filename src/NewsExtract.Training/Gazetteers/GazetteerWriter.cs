using System.Globalization;
using System.Text;
using NewsExtract.Extraction.Gazetteers;

namespace NewsExtract.Training.Gazetteers;

/// <summary>Writes the gazetteer's tab-separated files in the layout <see cref="GazetteerFiles"/> defines (UTF-8, LF, sorted rows).</summary>
public static class GazetteerWriter
{
    public static void WriteCountries(string folder, IEnumerable<GazetteerCountry> countries) =>
        Write(folder, GazetteerFiles.Countries, GazetteerFiles.CountryColumns, countries.Select(c => new[]
        {
            c.Iso2, c.Iso3, GazetteerFiles.Clean(c.Name), GazetteerFiles.Clean(c.OfficialName), GazetteerFiles.JoinList(c.OtherNames),
            GazetteerFiles.JoinList(c.Adjectives), GazetteerFiles.JoinList(c.Demonyms), GazetteerFiles.Clean(c.Capital), c.Currency ?? "",
            c.GeoNameId?.ToString(CultureInfo.InvariantCulture) ?? "", c.Population.ToString(CultureInfo.InvariantCulture),
        }));

    public static void WritePlaces(string folder, IEnumerable<GazetteerPlace> places) =>
        Write(folder, GazetteerFiles.Places, GazetteerFiles.PlaceColumns, places.OrderBy(p => p.GeoNameId).Select(p => new[]
        {
            p.GeoNameId.ToString(CultureInfo.InvariantCulture), p.Name, GazetteerFiles.JoinList(p.OtherNames), p.CountryCode, p.Admin1 ?? "",
            p.Kind.ToString().ToLowerInvariant(), p.Population.ToString(CultureInfo.InvariantCulture),
        }));

    public static void WriteOrganisations(string folder, IEnumerable<GazetteerOrganisation> organisations) =>
        Write(folder, GazetteerFiles.Organisations, GazetteerFiles.OrganisationColumns, organisations.OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => new[]
        {
            o.Name, GazetteerFiles.JoinList(o.Abbreviations), GazetteerFiles.JoinList(o.OtherNames), o.WikidataId ?? "",
        }));

    public static void WriteTitles(string folder, IEnumerable<(string Title, int Count)> titles) =>
        Write(folder, GazetteerFiles.Titles, GazetteerFiles.TitleColumns, titles.Select(t => new[] { t.Title, t.Count.ToString(CultureInfo.InvariantCulture) }));

    /// <summary>Writes to a temporary file and moves it into place, so a failed build leaves the old file whole.</summary>
    private static void Write(string folder, string file, string[] columns, IEnumerable<string[]> rows)
    {
        string path = Path.Combine(folder, file);
        string temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            writer.WriteLine(string.Join('\t', columns));
            foreach (var row in rows) writer.WriteLine(string.Join('\t', row));
        }
        File.Move(temporary, path, overwrite: true);
    }
}
