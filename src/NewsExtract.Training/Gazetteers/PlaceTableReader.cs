using System.Globalization;
using NewsExtract.Extraction.Gazetteers;

namespace NewsExtract.Training.Gazetteers;

/// <summary>
/// Cities (GeoNames <c>cities15000</c>: id, name, ASCII name, alternative names, country, region, population) and
/// first-level regions (<c>regionInfo.tsv</c>). Alternative names are kept when English copy can write them: usable
/// (<see cref="LatinName"/>) and spelled in plain ASCII letters, as transliterations and English exonyms are
/// ("Ulaanbaatar", "Erivan"); variants with diacritics ("Ulánbátor") are other languages' spellings. All of them are
/// kept: the source lists alternatives alphabetically, so a cap kept the first letters' names and cut the spelling
/// copy uses from the best-known cities.
/// </summary>
public static class PlaceTableReader
{
    public static List<GazetteerPlace> Read(GazetteerSources sources)
    {
        var places = new List<GazetteerPlace>();
        foreach (var line in File.ReadLines(sources.Cities))
        {
            var c = line.Split('\t');
            if (c.Length < 15 || !long.TryParse(c[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) continue;
            string name = GazetteerFiles.Clean(c[1]);
            var others = new List<string>();
            foreach (var alt in c[3].Split(',').Prepend(c[2]).Select(GazetteerFiles.Clean))
            {
                if (alt != name && LatinName.IsUsable(alt) && LatinName.IsAscii(alt) && !LatinName.IsCode(alt) && !others.Contains(alt)) others.Add(alt);
            }
            long.TryParse(c[14], NumberStyles.None, CultureInfo.InvariantCulture, out var population);
            places.Add(new GazetteerPlace(id, name, others, c[8], c[10].Length == 0 ? null : c[10], PlaceKind.City, population));
        }
        foreach (var line in File.ReadLines(sources.Regions))
        {
            if (line.StartsWith('#')) continue;
            var c = line.Split('\t');
            if (c.Length < 4 || !long.TryParse(c[3], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) continue;
            int dot = c[0].IndexOf('.');
            if (dot != 2) continue;
            string name = GazetteerFiles.Clean(c[1]);
            string ascii = GazetteerFiles.Clean(c[2]);
            places.Add(new GazetteerPlace(id, name, ascii != name && LatinName.IsUsable(ascii) ? [ascii] : [], c[0][..2], c[0][(dot + 1)..], PlaceKind.Region, 0));
        }
        return places;
    }
}
