namespace NewsExtract.Training.Gazetteers;

/// <summary>
/// Where the open sources of the world gazetteer sit under the shared gazetteers folder, and the licence and
/// attribution each one asks for (they go into the gazetteer's card).
/// </summary>
public sealed record GazetteerSources(string Folder)
{
    public string Cities => Path.Combine(Folder, "geonames", "cities15000.txt");
    public string CountryInfo => Path.Combine(Folder, "geonames", "countryInfo.tsv");
    public string Regions => Path.Combine(Folder, "geonames", "regionInfo.tsv");
    public string CountriesJson => Path.Combine(Folder, "countries", "countries.json");
    public string Adjectives => Path.Combine(Folder, "country-adjectives", "country_adjectives.tsv");
    public string CiaLeaders => Path.Combine(Folder, "world-leaders-cia-2019", "leaders.tsv");
    public string WikidataLeaders => Path.Combine(Folder, "world-leaders-wikidata-2022", "wikidata.csv");
    public string Organisations => Path.Combine(Folder, "international-organisations", "general_list.yaml");

    /// <summary>Every file the build reads, for a clear error naming the first one missing.</summary>
    public IEnumerable<string> Files => [Cities, CountryInfo, Regions, CountriesJson, Adjectives, CiaLeaders, WikidataLeaders, Organisations];

    public static readonly (string Source, string Licence, string Attribution)[] Licences =
    [
        ("GeoNames cities15000, countryInfo, admin1 regions", "CC BY 4.0", "GeoNames (geonames.org)"),
        ("countries (mledoze/countries)", "ODbL 1.0", "Mohammed Le Doze and contributors; Open Database License"),
        ("country adjectives and demonyms", "MIT", "the country-adjectives list's authors"),
        ("CIA World Leaders directory, 2019", "public domain", "U.S. Central Intelligence Agency"),
        ("Wikidata heads of state and government, 2022", "CC0 1.0", "Wikidata contributors"),
        ("international organisations list", "CC BY-SA 4.0", "the international-organisations list's authors (share-alike: organisations.tsv is under CC BY-SA 4.0)"),
    ];
}
