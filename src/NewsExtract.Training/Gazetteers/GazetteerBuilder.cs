using System.Diagnostics;
using NewsExtract.Extraction.Gazetteers;

namespace NewsExtract.Training.Gazetteers;

/// <summary>
/// Builds the world gazetteer (<c>models/gazetteer/</c>) from the open sources in the shared gazetteers folder and
/// the project's curated spelling variants, writes its card and checks that it loads.
/// </summary>
public static class GazetteerBuilder
{
    public const string CuratedCountryNames = "curated/country-names.tsv";

    public static GazetteerBuildResult Build(string sourceFolder, string outputFolder, DateTimeOffset builtAt, Action<string> progress)
    {
        var sources = new GazetteerSources(sourceFolder);
        foreach (var file in sources.Files)
            if (!File.Exists(file)) throw new FileNotFoundException($"The gazetteer source {file} is missing.", file);
        Directory.CreateDirectory(outputFolder);
        string curated = Path.Combine(outputFolder, CuratedCountryNames);

        var countries = CountryTableReader.Read(sources, File.Exists(curated) ? curated : null);
        progress($"countries: {countries.Count}");
        var places = PlaceTableReader.Read(sources);
        progress($"places: {places.Count}");
        var organisations = OrganisationListReader.Read(sources);
        progress($"organisations: {organisations.Count}");
        var titles = TitleListReader.Read(sources);
        progress($"titles: {titles.Count}");
        progress($"currencies: {CurrencyTableBuilder.Build(sourceFolder, outputFolder)}");

        GazetteerWriter.WriteCountries(outputFolder, countries);
        GazetteerWriter.WritePlaces(outputFolder, places);
        GazetteerWriter.WriteOrganisations(outputFolder, organisations);
        GazetteerWriter.WriteTitles(outputFolder, titles);

        long bytes = new[] { GazetteerFiles.Countries, GazetteerFiles.Places, GazetteerFiles.Organisations, GazetteerFiles.Titles }
            .Sum(f => new FileInfo(Path.Combine(outputFolder, f)).Length);
        var result = new GazetteerBuildResult(countries.Count, places.Count(p => p.Kind == PlaceKind.City), places.Count(p => p.Kind == PlaceKind.Region),
            places.Sum(p => 1 + p.OtherNames.Count), organisations.Count, titles.Count, bytes);
        var clock = Stopwatch.StartNew();
        WorldGazetteer.Load(outputFolder);
        File.WriteAllText(Path.Combine(outputFolder, GazetteerFiles.Card), GazetteerCard.Write(result, builtAt, clock.Elapsed.TotalSeconds));
        return result;
    }
}
