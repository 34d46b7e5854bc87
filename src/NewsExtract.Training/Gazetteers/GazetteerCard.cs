using System.Globalization;
using System.Text;

namespace NewsExtract.Training.Gazetteers;

/// <summary>The gazetteer's card: sources with licences and attribution, counts, build command and date.</summary>
public static class GazetteerCard
{
    public static string Write(GazetteerBuildResult result, DateTimeOffset builtAt, double loadSeconds)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# World gazetteer (models/gazetteer)");
        sb.AppendLine();
        sb.AppendLine("Countries, cities, regions, international organisations and office titles, built from open sources by");
        sb.AppendLine("`newsextract build gazetteer --from ../shared/data/gazetteers --out models/gazetteer`. Loaded once at start-up by");
        sb.AppendLine("`WorldGazetteer` (src/NewsExtract.Extraction/Gazetteers); used for NER gazetteer features, country and place");
        sb.AppendLine("resolution (ISO 3166-1 codes, GeoNames ids) and office titles. The leader lists serve titles only: no person is kept.");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Built {builtAt:yyyy-MM-dd}. Load time measured at build: {loadSeconds:F3} s.");
        sb.AppendLine();
        sb.AppendLine("| file | rows |");
        sb.AppendLine("|---|---|");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| countries.tsv | {result.Countries} countries (ISO 3166-1 alpha-2/alpha-3, names, adjectives, demonyms, capital, currency, GeoNames id) |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| places.tsv | {result.Cities} cities ≥ 15,000 people and {result.Regions} first-level regions, {result.PlaceNames} names in all |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| organisations.tsv | {result.Organisations} international organisations (name, abbreviations, other names, Wikidata id; no name longer than {OrganisationListReader.MaxNameWords} words: such a body is named by its abbreviation, or left out without one) |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| titles.tsv | {result.Titles} distinct office titles with their counts |");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Total size: {result.Bytes / 1024.0 / 1024.0:F1} MB.");
        sb.AppendLine();
        sb.AppendLine("## Sources, licences and attribution");
        sb.AppendLine();
        sb.AppendLine("| source | licence | attribution |");
        sb.AppendLine("|---|---|---|");
        foreach (var (source, licence, attribution) in GazetteerSources.Licences)
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {source} | {licence} | {attribution} |");
        sb.AppendLine();
        sb.AppendLine("The `curated/` lists are written for this project, for what the open sources lack: `country-names.tsv` (spelling");
        sb.AppendLine("variants of country names that agency copy uses), `currency-words.tsv` (currency words and symbols of copy),");
        sb.AppendLine("`news-agencies.tsv` (agencies and their home states), `honorifics.tsv` (forms of address, neither name nor title),");
        sb.AppendLine("`organisation-heads.tsv` (head nouns of organisation names), `company-words.tsv` (legal forms and head nouns of");
        sb.AppendLine("company names), `title-words.tsv` (the words office titles are made of, with their roles: head, modifier, body,");
        sb.AppendLine("portfolio, rank; the whole titles come from the directories above), `facility-words.tsv` (head nouns of the names");
        sb.AppendLine("of built places: streets, bridges, venues), `international-bodies.tsv` (short forms,");
        sb.AppendLine("name openings and words of international bodies the organisations list lacks) and `state-seats.tsv` (seats of");
        sb.AppendLine("power and parliaments' own names that stand for one state: Kremlin, Knesset). They are shipped as written, not rebuilt.");
        sb.AppendLine("Rebuilding is deterministic for the same sources (rows sorted; only this card's date changes).");
        return sb.ToString();
    }
}
